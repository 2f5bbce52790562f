using CampusG.Escrow;
using CampusG.Hosting;
using CampusG.Notifications;
using CampusG.Timers;

namespace CampusG.Host.Modules;

/// <summary>Every module this executable can run; <c>CampusG:Modules</c> picks among them.</summary>
internal static class ModuleCatalog
{
    private static readonly Func<IModule>[] Factories =
    [
        () => new EscrowModule(),
        () => new TimersModule(),
        () => new NotificationsModule(),
    ];

    public static IReadOnlyList<IModule> CreateAll() => [.. Factories.Select(create => create())];
}
