using CampusG.Hosting;

namespace CampusG.Host.Modules;

/// <summary>Every module this executable can run; <c>CampusG:Modules</c> picks among them.</summary>
internal static class ModuleCatalog
{
    // One line per module, e.g. () => new OrdersModule(). Modules arrive with their own issues.
    private static readonly Func<IModule>[] Factories = [];

    public static IReadOnlyList<IModule> CreateAll() => [.. Factories.Select(create => create())];
}
