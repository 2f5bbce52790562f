using System.Text.RegularExpressions;

namespace CampusG.Architecture.Tests;

/// <summary>
/// The repository explains itself: its pages and code comments cite its own documents (<c>docs/api.md</c>,
/// <c>docs/requirements.md</c>, ...), never documents kept outside it, and every relative link in its pages leads to a
/// file that is there. Each rule returns its violations as <c>path:line: what</c>.
/// </summary>
internal static partial class DocumentRules
{
    /// <summary>
    /// Names of documents that live outside the repository. The upper-case file names are case-sensitive: the
    /// repository's own <c>docs/api.md</c> and <c>docs/architecture.md</c> are fine to cite.
    /// </summary>
    private static readonly (string Text, StringComparison Comparison)[] OutsideMentions =
    [
        ("API.md", StringComparison.Ordinal),
        ("ARCHITECTURE.md", StringComparison.Ordinal),
        ("CONVENTIONS.md", StringComparison.Ordinal),
        ("shared/seeds", StringComparison.OrdinalIgnoreCase),
        ("seed 00", StringComparison.OrdinalIgnoreCase),
        ("§", StringComparison.Ordinal),
    ];

    private static readonly string[] Schemes = ["http:", "https:", "mailto:", "tel:", "data:", "ftp:"];

    /// <summary>The repository's root: the folder holding <c>CampusG.slnx</c>, above the test's own folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary><c>README.md</c>, the pages under <c>docs/</c> and the C# and Razor sources under <c>src/</c> cite no outside document.</summary>
    public static List<string> OutsideReferences(string root) => [.. Pages(root).Concat(Sources(root))
        .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
        .SelectMany(line => OutsideMentions
            .Where(mention => line.Text.Contains(mention.Text, mention.Comparison))
            .Select(mention => $"{Relative(root, line.File)}:{line.Line}: mentions \"{mention.Text}\", a document outside the repository"))];

    /// <summary>Every relative link in <c>README.md</c> and the pages under <c>docs/</c> points at a file or folder that exists.</summary>
    public static List<string> BrokenLinks(string root) => [.. Pages(root)
        .SelectMany(file => Links(file).Select(link => (File: file, link.Line, link.Target)))
        .Where(link => IsRelative(link.Target) && !Exists(root, link.File, link.Target))
        .Select(link => $"{Relative(root, link.File)}:{link.Line}: the link \"{link.Target}\" points at nothing")];

    /// <summary>The targets of a Markdown file's inline links, images and link definitions, outside code blocks and code spans.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string file)
    {
        var fence = (string?)null;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                continue;
            }

            if (fence is not null)
            {
                fence = trimmed.StartsWith(fence, StringComparison.Ordinal) ? null : fence;
                continue;
            }

            var text = CodeSpan().Replace(line, "");
            foreach (var target in InlineLink().Matches(text).Concat(LinkDefinition().Matches(text)).Select(m => m.Groups["target"].Value))
            {
                yield return (number, target);
            }
        }
    }

    private static bool IsRelative(string target) =>
        target.Length > 0
        && !target.StartsWith('#')
        && !target.Contains("://", StringComparison.Ordinal)
        && !Schemes.Any(scheme => target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    /// <summary>A target relative to its page, or to the repository's root when it starts with <c>/</c>; any <c>#part</c> or <c>?query</c> aside.</summary>
    private static bool Exists(string root, string page, string target)
    {
        var path = Uri.UnescapeDataString(target.Split('#', '?')[0]);
        var full = path.StartsWith('/')
            ? Path.Combine(root, path.TrimStart('/'))
            : Path.Combine(Path.GetDirectoryName(page)!, path);
        return File.Exists(full) || Directory.Exists(full);
    }

    private static List<string> Pages(string root)
    {
        var pages = new List<string>();
        var readme = Path.Combine(root, "README.md");
        if (File.Exists(readme))
        {
            pages.Add(readme);
        }

        var docs = Path.Combine(root, "docs");
        if (Directory.Exists(docs))
        {
            pages.AddRange(Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        }

        return pages;
    }

    private static List<string> Sources(string root)
    {
        var src = Path.Combine(root, "src");
        return !Directory.Exists(src)
            ? []
            : [.. Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
                .Order(StringComparer.Ordinal)];
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampusG.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CampusG.slnx not found above the test's folder.");
    }

    /// <summary><c>`code`</c> or <c>``code with ` inside``</c>: nothing in it is a link.</summary>
    [GeneratedRegex(@"(`+).*?\1")]
    private static partial Regex CodeSpan();

    /// <summary><c>[text](target)</c>, <c>![alt](target "title")</c>, <c>[text](&lt;target with spaces&gt;)</c>.</summary>
    [GeneratedRegex(@"\]\(\s*(?:<(?<target>[^>]*)>|(?<target>[^)\s]+))(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    /// <summary><c>[label]: target</c> at the start of a line.</summary>
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?")]
    private static partial Regex LinkDefinition();
}
