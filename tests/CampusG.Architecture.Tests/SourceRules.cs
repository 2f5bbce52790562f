namespace CampusG.Architecture.Tests;

/// <summary>
/// Rules of the module guide that the compiler cannot see, read from the source tree: a folder per use case, short
/// files, and handlers that leave saving to the messaging pipeline. Each returns its violations.
/// </summary>
internal static class SourceRules
{
    public const int MaxLines = 250;

    /// <summary>The repository's root (the folder of <c>CampusG.slnx</c>).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A handler or endpoint (any feature file) sits in <c>Features/&lt;UseCase&gt;/</c>, never loose in <c>Features/</c>.</summary>
    public static List<string> FolderPerUseCase(string root) => [.. ModuleSources(root)
        .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Features")
        .Select(f => $"{Relative(root, f)}: a feature file belongs in Features/<UseCase>/")];

    /// <summary>No hand-written source file is longer than <see cref="MaxLines"/> lines (generated migrations aside).</summary>
    public static List<string> FileLength(string root) => [.. Sources(Path.Combine(root, "src"))
        .Select(f => (File: f, Lines: File.ReadLines(f).Count()))
        .Where(f => f.Lines > MaxLines)
        .Select(f => $"{Relative(root, f.File)}: {f.Lines} lines (at most {MaxLines})")];

    /// <summary>A message handler never saves: the pipeline saves, records the inbox row and commits once.</summary>
    public static List<string> NoSaveChangesInHandlers(string root) => [.. ModuleSources(root)
        .Where(f => File.ReadAllText(f) is var text && text.Contains("IMessageHandler<", StringComparison.Ordinal) && text.Contains("SaveChanges", StringComparison.Ordinal))
        .Select(f => $"{Relative(root, f)}: a message handler calls SaveChanges")];

    private static IEnumerable<string> ModuleSources(string root) =>
        Directory.Exists(Path.Combine(root, "src", "Modules"))
            ? Sources(Path.Combine(root, "src", "Modules")).Where(f => f.Contains($"{Path.DirectorySeparatorChar}Features{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];

    private static IEnumerable<string> Sources(string directory) => Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
        .Where(f => !Segments(f).Any(s => s is "obj" or "bin" or "Migrations" or "PostgresMigrations"));

    private static string[] Segments(string path) => path.Split(Path.DirectorySeparatorChar);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampusG.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CampusG.slnx not found above the test's folder.");
    }
}
