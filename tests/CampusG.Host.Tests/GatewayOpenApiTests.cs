using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Testing;

namespace CampusG.Host.Tests;

/// <summary>
/// A gateway's <c>/openapi/v1.json</c> lists its modules' routes; one whose module does not answer is left out and
/// named, the document still answers 200, and the module's routes appear once it answers.
/// </summary>
public sealed class GatewayOpenApiTests
{
    [Fact]
    public async Task TheGatewaysDocument_ListsEachModulesRoutes_AndNamesAModuleThatDidNotAnswer_UntilItDoes()
    {
        var trackingPort = FreePort.Next();
        await using var restaurants = await StartAsync(new() { ["CampusG:Modules"] = "Restaurants" });
        await using var gateway = await StartAsync(new()
        {
            ["CampusG:Mode"] = "Distributed",
            ["Auth:SigningKey"] = "a-gateway-test-signing-key-of-32-characters",
            ["Gateway:Modules:Restaurants"] = restaurants.BaseAddress.ToString(),
            ["Gateway:Modules:Tracking"] = $"http://127.0.0.1:{trackingPort}",
        });

        var withoutTracking = await DocumentAsync(gateway);

        Assert.Contains("GET /v1/restaurants/{restaurantId}", withoutTracking.Operations);
        Assert.Contains("GET /v1/admin/dead-letters", withoutTracking.Operations);
        Assert.DoesNotContain("GET /v1/orders/{orderId}/events", withoutTracking.Operations);
        Assert.Contains("Not listed: the routes of Tracking", withoutTracking.Description, StringComparison.Ordinal);
        Assert.Contains("RestaurantResponse", withoutTracking.Schemas);

        await using var tracking = await StartAsync(new() { ["CampusG:Modules"] = "Tracking", ["urls"] = $"http://127.0.0.1:{trackingPort}" });
        var complete = await DocumentAsync(gateway);

        Assert.Contains("GET /v1/orders/{orderId}/events", complete.Operations);
        Assert.Contains("GET /v1/restaurants/{restaurantId}", complete.Operations);
        Assert.DoesNotContain("Not listed", complete.Description, StringComparison.Ordinal);
        Assert.Contains("OrderEventsResponse", complete.Schemas);
    }

    private static async Task<(HashSet<string> Operations, string Description, HashSet<string> Schemas)> DocumentAsync(CampusGHost gateway)
    {
        using var response = await gateway.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"));
        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(schema => schema.Name);
        return ([.. operations], document.GetProperty("info").GetProperty("description").GetString()!, [.. schemas]);
    }

    private static Task<CampusGHost> StartAsync(Dictionary<string, string> settings)
    {
        var options = new CampusGHostOptions();
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }
}
