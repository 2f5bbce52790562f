namespace CampusG.Host;

internal static class HostPaths
{
    public const string DataDirectoryKey = "CampusG:DataDirectory";

    /// <summary>
    /// Makes <c>CampusG:DataDirectory</c> absolute (a relative path is taken from the working directory, so
    /// <c>dotnet run --project src/CampusG.Host</c> from the repository root uses <c>./data</c> there) and creates it.
    /// </summary>
    public static string ResolveDataDirectory(ConfigurationManager configuration)
    {
        var configured = configuration[DataDirectoryKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(path);
        configuration.AddInMemoryCollection([new(DataDirectoryKey, path)]);
        return path;
    }
}
