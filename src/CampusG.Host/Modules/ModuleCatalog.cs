using CampusG.Escrow;
using CampusG.Hosting;
using CampusG.Inventory;
using CampusG.Orders;
using CampusG.Payments;
using CampusG.Restaurants;
using CampusG.Receipts;
using CampusG.Riders;
using CampusG.Users;
using CampusG.Notifications;
using CampusG.Timers;
using CampusG.Sagas;
using CampusG.Tracking;

namespace CampusG.Host.Modules;

/// <summary>Every module this executable can run; <c>CampusG:Modules</c> picks among them.</summary>
internal static class ModuleCatalog
{
    private static readonly Func<IModule>[] Factories =
    [
        () => new EscrowModule(),
        () => new OrdersModule(),
        () => new PaymentsModule(),
        () => new UsersModule(),
        () => new TimersModule(),
        () => new NotificationsModule(),
        () => new SagasModule(),
        () => new TrackingModule(),
        () => new RestaurantsModule(),
        () => new InventoryModule(),
        () => new RidersModule(),
        () => new ReceiptsModule(),
    ];

    public static IReadOnlyList<IModule> CreateAll() => [.. Factories.Select(create => create())];
}
