using System.Runtime.InteropServices;

namespace CampusG.Hosting;

/// <summary>
/// Files with secrets or personal data (the signing key, the SQLite databases, stored proofs) are for the service's
/// own user only: files <c>0600</c>, directories <c>0700</c>. On Windows, where there are no Unix modes, the methods
/// do nothing and the directory's ACLs apply.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Sets the process's umask to <c>077</c>, so every file it creates from now on, SQLite's database, <c>-wal</c> and
    /// <c>-shm</c> files included (SQLite asks for 0644), is its user's only.
    /// </summary>
    public static void UseOwnerOnlyUmask()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetUmask(0b000_111_111);
        }
    }

    /// <summary>Creates <paramref name="path"/> (and its missing parents) as <c>0700</c>, and makes an existing one <c>0700</c>.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerDirectory);
        File.SetUnixFileMode(path, OwnerDirectory);
    }

    /// <summary>Makes an existing file <c>0600</c>; a missing one is no error.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }

    /// <summary>Options to create a new file that is <c>0600</c> from its first byte (fails if it exists).</summary>
    public static FileStreamOptions NewFile() => OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }
        : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFile };

    // DllImport rather than LibraryImport: a blittable uint in and out needs no marshalling code, and LibraryImport
    // would make the project allow unsafe code.
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetUmask(uint mask);
}
