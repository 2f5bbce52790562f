namespace CampusG.Messaging.Tests.Support;

public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("campusg-test-").FullName;

    public void Dispose()
    {
        try
        {
            if (Environment.GetEnvironmentVariable("KEEP_TEST_DATA") is null) { Directory.Delete(Path, recursive: true); }
        }
        catch (IOException)
        {
            // a pooled connection may still hold a file; the OS temp cleaner gets it
        }
    }
}
