using Yarp.ReverseProxy.Configuration;

namespace CampusG.Web.Gateway;

/// <summary>
/// Which module process answers which public route (docs/api.md). Tracking owns two routes under an order;
/// their literal last segment makes them win over Orders' catch-all. Likewise a restaurant's orders are Orders':
/// <c>/v1/restaurants/{restaurantId}/orders…</c> has a parameter where Restaurants' route has its catch-all, so it
/// is the more specific and wins; so do Orders' operator cancel (<c>/v1/admin/orders/{orderId}/cancel</c>, a literal last
/// segment) and overdue list (<c>/v1/admin/orders/overdue</c>, all literal) over Tracking's <c>/v1/admin/orders/{**rest}</c>, and
/// Notifications' preferences (<c>/v1/users/me/notification-preferences</c>, all literal) over Users' <c>/v1/users/{**rest}</c>. Dead letters live in every module, so the gateway answers those itself
/// (<see cref="DeadLetterFanOut"/>).
/// </summary>
internal static class GatewayRoutes
{
    private static readonly (string Module, string Path)[] Table =
    [
        ("Users", "/v1/users/{**rest}"),
        ("Escrow", "/v1/users/me/earnings"),
        ("Escrow", "/v1/users/me/payouts"),
        ("Notifications", "/v1/users/me/notification-preferences"),
        ("Escrow", "/v1/admin/ledger/{**rest}"),
        ("Users", "/v1/auth/{**rest}"),
        ("Orders", "/v1/orders/{**rest}"),
        ("Tracking", "/v1/orders/{orderId}/events"),
        ("Tracking", "/v1/orders/{orderId}/payment"),
        ("Restaurants", "/v1/restaurants/{**rest}"),
        ("Orders", "/v1/restaurants/{restaurantId}/orders"),
        ("Orders", "/v1/restaurants/{restaurantId}/orders/{**rest}"),
        ("Notifications", "/v1/notifications/{**rest}"),
        ("Notifications", "/v1/admin/notifications"),
        ("Sagas", "/v1/admin/sagas/{**rest}"),
        ("Timers", "/v1/admin/timers/{**rest}"),
        ("Tracking", "/v1/admin/orders/{**rest}"),
        ("Orders", "/v1/admin/orders/{orderId}/cancel"),
        ("Orders", "/v1/admin/orders/overdue"),
        ("Orders", "/v1/admin/issues"),
        ("Orders", "/v1/admin/issues/{**rest}"),
        ("Inventory", "/v1/products/{**rest}"),
        ("Orders", "/v1/riders/{**rest}"),
        ("Riders", "/v1/riders/me/{**rest}"),
        ("Riders", "/v1/orders/{orderId}/tracking"),
        ("Receipts", "/v1/orders/{orderId}/receipt"),
        ("Receipts", "/v1/receipts/{**rest}"),
    ];

    public static IReadOnlyList<RouteConfig> Routes(IReadOnlyDictionary<string, Uri> modules) =>
        [.. Table
            .Where(route => modules.ContainsKey(route.Module))
            .Select((route, index) => new RouteConfig
            {
                RouteId = $"{route.Module.ToLowerInvariant()}-{index}",
                ClusterId = route.Module,
                Match = new RouteMatch { Path = route.Path },
            })];

    public static IReadOnlyList<ClusterConfig> Clusters(IReadOnlyDictionary<string, Uri> modules) =>
        [.. modules.Select(module => new ClusterConfig
        {
            ClusterId = module.Key,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [module.Key] = new() { Address = module.Value.ToString() },
            },
        })];
}
