using CampusG.Hosting;

namespace CampusG.Host.Modules;

internal static class ModuleSelection
{
    public const string ConfigurationKey = "CampusG:Modules";

    /// <summary>
    /// The modules named by <paramref name="setting"/>: <c>*</c> (or nothing) for all, else a comma list
    /// matched case-insensitively. Catalog order is kept. An unknown name is a startup error.
    /// </summary>
    public static IReadOnlyList<IModule> Select(IReadOnlyList<IModule> available, string? setting)
    {
        ArgumentNullException.ThrowIfNull(available);
        var duplicate = available.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.Key}'; module names must be unique.");
        }

        var names = (setting ?? "*").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0 || names.Contains("*"))
        {
            return available;
        }

        var unknown = names.Where(n => !available.Any(m => string.Equals(m.Name, n, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (unknown.Length > 0)
        {
            var known = available.Count == 0 ? "(none)" : string.Join(", ", available.Select(m => m.Name));
            throw new InvalidOperationException(
                $"{ConfigurationKey} names unknown module(s) {string.Join(", ", unknown.Select(n => $"'{n}'"))}. " +
                $"Known modules: {known}. Use '*' for all.");
        }

        return [.. available.Where(m => names.Contains(m.Name, StringComparer.OrdinalIgnoreCase))];
    }
}
