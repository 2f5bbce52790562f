using System.Collections.Concurrent;

namespace CampusG.Host.Distributed;

/// <summary>The launcher's children and their current process ids (operators and tests read them).</summary>
public sealed class ModuleProcesses(IReadOnlyList<ChildModule> modules)
{
    private readonly ConcurrentDictionary<string, int> _processIds = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ChildModule> Modules { get; } = modules;

    /// <summary>The running process of <paramref name="module"/> (a module's name, or a child's), or null between a crash and its restart.</summary>
    public int? ProcessId(string module) =>
        _processIds.TryGetValue(Modules.FirstOrDefault(m => m.Modules.Contains(module, StringComparer.OrdinalIgnoreCase))?.Name ?? module, out var id) ? id : null;

    internal void Started(string module, int processId) => _processIds[module] = processId;

    internal void Exited(string module, int processId) => _processIds.TryRemove(new KeyValuePair<string, int>(module, processId));
}
