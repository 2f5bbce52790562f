using CampusG.ServiceDefaults;
using CampusG.Hosting;

namespace CampusG.Host;

internal static class HostPaths
{
    public const string DataDirectoryKey = "CampusG:DataDirectory";

    /// <summary>The files in the data directory that hold secrets or personal data (the databases and their journals, the key).</summary>
    private static readonly string[] PrivatePatterns = ["*.db", "*.db-wal", "*.db-shm", "*.db-journal", CampusG.Auth.SigningKey.FileName];

    /// <summary>
    /// Makes <c>CampusG:DataDirectory</c> absolute (a relative path is taken from the working directory, so
    /// <c>dotnet run --project src/CampusG.Host</c> from the repository root uses <c>./data</c> there) and creates it,
    /// readable by this user only. Sets the umask to 077 first, so what the process creates later (SQLite's files,
    /// proofs, logs) is private too, and makes private what an older version left readable.
    /// </summary>
    public static string ResolveDataDirectory(ConfigurationManager configuration)
    {
        var configured = configuration[DataDirectoryKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        PrivateFiles.UseOwnerOnlyUmask();
        PrivateFiles.CreateDirectory(path);
        RestrictExisting(path);
        configuration.AddInMemoryCollection([new(DataDirectoryKey, path)]);
        return path;
    }

    private static void RestrictExisting(string path)
    {
        foreach (var file in PrivatePatterns.SelectMany(pattern => Directory.EnumerateFiles(path, pattern)))
        {
            PrivateFiles.Restrict(file);
        }

        var proofs = Path.Combine(path, "proofs");
        if (Directory.Exists(proofs))
        {
            Directory.EnumerateDirectories(proofs, "*", SearchOption.AllDirectories).Prepend(proofs).ToList().ForEach(PrivateFiles.CreateDirectory);
            Directory.EnumerateFiles(proofs, "*", SearchOption.AllDirectories).ToList().ForEach(PrivateFiles.Restrict);
        }
    }
}
