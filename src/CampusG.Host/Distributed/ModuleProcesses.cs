using System.Collections.Concurrent;

namespace CampusG.Host.Distributed;

/// <summary>The launcher's children and their current process ids (operators and tests read them).</summary>
public sealed class ModuleProcesses(IReadOnlyList<ChildModule> modules)
{
    private readonly ConcurrentDictionary<string, int> _processIds = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ChildModule> Modules { get; } = modules;

    /// <summary>The running process of <paramref name="module"/>, or null between a crash and its restart.</summary>
    public int? ProcessId(string module) => _processIds.TryGetValue(module, out var id) ? id : null;

    internal void Started(string module, int processId) => _processIds[module] = processId;

    internal void Exited(string module, int processId) => _processIds.TryRemove(new KeyValuePair<string, int>(module, processId));
}
