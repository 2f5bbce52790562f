using CampusG.Escrow;
using CampusG.Hosting;
using CampusG.Tracking;

namespace CampusG.Host.Modules;

/// <summary>Every module this executable can run; <c>CampusG:Modules</c> picks among them.</summary>
internal static class ModuleCatalog
{
    private static readonly Func<IModule>[] Factories =
    [
        () => new EscrowModule(),
        () => new TrackingModule(),
    ];

    public static IReadOnlyList<IModule> CreateAll() => [.. Factories.Select(create => create())];
}
