using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task HostStoppedRightAfterOrderCreated_FinishesOnRestart_WithOneAuthorizationAndOneHold()
    {
        var data = Path.Combine(Path.GetTempPath(), "campusg-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Guid orderId;
            string email = $"restart-{Guid.NewGuid():N}@campus.test";
            await using (var first = await StartAsync(data))
            {
                var customer = await CampusApi.SignUpAsync(first.Client, email);
                orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
            }

            await using var second = await StartAsync(data);
            var again = await SignInAsync(second, email);
            var order = await again.WaitForStatusAsync(orderId, "CREATED");
            Assert.Equal(["PENDING_PAYMENT", "CREATED"], CreateOrderTests.Timeline(order));

            // Payment and escrow ids are for operators: the customer's view of the log leaves them out.
            var ops = await CampusApi.OperatorAsync(second.CreateClient());
            var events = await ops.WaitForJsonAsync($"/v1/admin/orders/{orderId}/events", e => CreateOrderTests.Types(e).Contains("notification.sent"));
            Assert.Single(Distinct(events, "payment.authorized", "paymentId"));
            Assert.Single(Distinct(events, "escrow.fundsHeld", "escrowId"));
            var payment = await again.GetJsonAsync($"/v1/orders/{orderId}/payment");
            Assert.Equal("HELD", payment.GetProperty("escrowStatus").GetString());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            if (DistributedDeployment.Requested)
            {
                await DistributedDeployment.RemoveAsync(data);
            }
        }
    }

    private static IEnumerable<string?> Distinct(JsonElement events, string type, string idProperty) =>
        events.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == type)
            .Select(e => e.GetProperty("payload").GetProperty(idProperty).GetString())
            .Distinct();

    private static Task<CampusGHost> StartAsync(string data) => TestCampus.StartAsync(dataDirectory: data);

    private static async Task<CampusApi> SignInAsync(CampusGHost host, string email) =>
        await CampusApi.SignInAsync(host.Client, email);
}
