namespace CampusG.Persistence;

/// <summary>Where modules keep their data (configuration section <c>CampusG</c>).</summary>
public sealed class PersistenceOptions
{
    /// <summary>Embedded mode keeps one SQLite file per module here.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// SQLite's <c>synchronous</c> setting for every module file. FULL syncs the WAL on every commit,
    /// so a committed transaction survives power loss as well as a crash; NORMAL survives a process
    /// crash only. Money lives here, so FULL is the default.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "FULL";
}
