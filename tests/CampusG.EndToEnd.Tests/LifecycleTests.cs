using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

/// <summary>Accept, deliver, complete, cancel, time out and review, through the public API.</summary>
[Collection(SharedCampus.Name)]
public sealed class LifecycleTests(TestCampus campus)
{
    // A 1×1 PNG: a real image, so the proof upload's type check sees PNG magic bytes.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task TwentyRunnersRace_ExactlyOneWins()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var orderId = await CreatedOrderAsync(customer);
        var runners = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CampusApi.SignUpAsync(campus.Host.CreateClient())));

        var responses = await Task.WhenAll(runners.Select(r => r.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/accept")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(19, losers.Count);
        foreach (var loser in losers)
        {
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            Assert.Equal("ORDER_ALREADY_ACCEPTED", await CodeAsync(loser));
        }

        await customer.WaitForNotificationAsync("ORDER_ACCEPTED", orderId);
    }

    [Fact]
    [Trait(TestCampus.Deployment, TestCampus.Containers)]
    public async Task FullDelivery_EndsCompleted_RunnerPaid_BothReview()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var orderId = await CreatedOrderAsync(customer);

        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await DeliverAsync(runner, orderId);

        var order = await customer.WaitForStatusAsync(orderId, "COMPLETED");
        Assert.Equal(
            ["PENDING_PAYMENT", "CREATED", "ACCEPTED", "ON_SITE", "PURCHASED", "COLLECTED", "ON_THE_WAY", "DELIVERED", "COMPLETED"],
            CreateOrderTests.Timeline(order));
        Assert.Equal(runner.UserId, order.GetProperty("runnerId").GetGuid());
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() == "RELEASED");
        Assert.Equal("RELEASED", payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("refundedAt").ValueKind);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_COMPLETED", orderId);
        await runner.WaitForNotificationAsync("REVIEW_REQUESTED", orderId);

        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/review", HttpStatusCode.Created, new { rating = 5, comment = "fast" });
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/review", HttpStatusCode.Created, new { rating = 4 });
        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/review", HttpStatusCode.Conflict, new { rating = 5 }, "ALREADY_REVIEWED");
        var profile = await customer.WaitForJsonAsync($"/v1/users/{runner.UserId}", p => p.GetProperty("runnerRating").ValueKind == JsonValueKind.Number);
        Assert.Equal(5.00m, profile.GetProperty("runnerRating").GetDecimal());
    }

    [Fact]
    public async Task CustomerCancel_RefundsEverything()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var orderId = await CreatedOrderAsync(customer);

        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/cancel", HttpStatusCode.OK);

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("CUSTOMER_CANCELLED", order.GetProperty("cancellationReason").GetString());
        await WaitForRefundAsync(customer, orderId);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/cancel", HttpStatusCode.Conflict, code: "ORDER_NOT_CANCELLABLE");
    }

    [Fact]
    public async Task CustomerCancel_RightAfterPlacing_SettlesTheMoney_TellsThemOnce_AndEverySagaFinishes()
    {
        var admin = await CampusApi.OperatorAsync(campus.Host.CreateClient());
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();

        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/cancel", HttpStatusCode.OK);

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("CUSTOMER_CANCELLED", order.GetProperty("cancellationReason").GetString());
        await admin.WaitForJsonAsync("/v1/admin/sagas?state=COMPLETED&type=CancelOrder", s => SagaOf(s, orderId) is not null);
        await admin.WaitForJsonAsync("/v1/admin/sagas?type=CreateOrder", s => s.GetProperty("items").EnumerateArray().Any(i =>
            i.GetProperty("correlationId").GetString() == orderId.ToString() && i.GetProperty("state").GetString() is "COMPLETED" or "COMPENSATED"));
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        Assert.Null(SagaOf(await admin.GetJsonAsync("/v1/admin/sagas?state=FAILED"), orderId));
        var notices = (await customer.GetJsonAsync("/v1/notifications?limit=100")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("orderId").GetString() == orderId.ToString()).Select(n => n.GetProperty("template").GetString()).ToList();
        Assert.Single(notices, t => t == "ORDER_CANCELLED");
        Assert.DoesNotContain("PAYMENT_FAILED", notices);
    }

    [Fact]
    public async Task RunnerGivesTheOrderBack_ItIsOpenAgainWithAFreshWindow()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var orderId = await CreatedOrderAsync(customer);
        var firstWindow = (await customer.GetJsonAsync($"/v1/orders/{orderId}")).GetProperty("acceptanceExpiresAt").GetDateTimeOffset();
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);

        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/acceptance/cancel", HttpStatusCode.OK);

        var order = await customer.GetJsonAsync($"/v1/orders/{orderId}");
        Assert.Equal("CREATED", order.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("runnerId").ValueKind);
        Assert.True(order.GetProperty("acceptanceExpiresAt").GetDateTimeOffset() > firstWindow);
        await customer.WaitForNotificationAsync("ORDER_ACCEPTANCE_CANCELLED", orderId);
    }

    private static string? SagaOf(JsonElement sagas, Guid orderId) =>
        sagas.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("correlationId").GetString() == orderId.ToString())
            .Select(s => s.GetProperty("sagaId").GetString())
            .FirstOrDefault();

    internal static async Task<Guid> CreatedOrderAsync(CampusApi customer)
    {
        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CREATED");
        return orderId;
    }

    internal static async Task WaitForRefundAsync(CampusApi customer, Guid orderId)
    {
        var payment = await customer.WaitForJsonAsync(
            $"/v1/orders/{orderId}/payment",
            p => p.GetProperty("escrowStatus").GetString() == "REFUNDED" && p.GetProperty("paymentStatus").GetString() == "REFUNDED");
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("releasedAt").ValueKind);
    }

    /// <summary>The runner's steps from ACCEPTED to DELIVERED, with a receipt and a delivery photo.</summary>
    internal static async Task DeliverAsync(CampusApi runner, Guid orderId)
    {
        await AdvanceAsync(runner, orderId, "ON_SITE");
        await AdvanceAsync(runner, orderId, "PURCHASED", await UploadProofAsync(runner, orderId, "receipt"));
        await AdvanceAsync(runner, orderId, "COLLECTED");
        await AdvanceAsync(runner, orderId, "ON_THE_WAY");
        await AdvanceAsync(runner, orderId, "DELIVERED", await UploadProofAsync(runner, orderId, "delivery"));
    }

    private static async Task AdvanceAsync(CampusApi runner, Guid orderId, string status, Guid? proofId = null) =>
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status, proofId });

    internal static async Task<Guid> UploadProofAsync(CampusApi runner, Guid orderId, string kind)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", $"{kind}.png");
        form.Add(new StringContent(kind), "kind");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/orders/{orderId}/proofs") { Content = form };
        using var response = await runner.SendRawAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("proofId").GetGuid();
    }

    internal static async Task ExpectAsync(
        CampusApi user, HttpMethod method, string path, HttpStatusCode status, object? body = null, string? code = null)
    {
        using var response = await user.SendAsync(method, path, body);
        Assert.True(response.StatusCode == status, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (code is not null)
        {
            Assert.Equal(code, await CodeAsync(response));
        }
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString();
}

/// <summary>A short acceptance window, so the timeout path runs in seconds.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task UnacceptedOrder_TimesOut_IsRefunded_AndCanBeRetried()
    {
        await using var host = await TestCampus.StartAsync(options => options.Configuration["Orders:AcceptanceWindow"] = "00:00:02");
        var customer = await CampusApi.SignUpAsync(host.Client);
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        var deadline = (await customer.GetJsonAsync($"/v1/orders/{orderId}")).GetProperty("acceptanceExpiresAt").GetDateTimeOffset();

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED", TimeSpan.FromSeconds(15));

        Assert.Equal("TIMEOUT", order.GetProperty("cancellationReason").GetString());
        var cancelledAt = order.GetProperty("timeline").EnumerateArray().Last().GetProperty("at").GetDateTimeOffset();
        // "within a few seconds of the deadline" (docs/api.md): a timer pass, the timeout saga and the cancel, each a commit
        // away; a loaded two-core machine running a distributed deployment has taken five
        Assert.InRange(cancelledAt - deadline, TimeSpan.Zero, TimeSpan.FromSeconds(6));
        await LifecycleTests.WaitForRefundAsync(customer, orderId);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_TIMED_OUT", orderId);
        var events = CreateOrderTests.Types(await customer.GetJsonAsync($"/v1/orders/{orderId}/events"));
        Assert.Contains("timer.fired", events);
        Assert.Contains("escrow.fundsRefunded", events);

        using var retried = await customer.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/retry");
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var retry = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(orderId, retry.GetProperty("orderId").GetGuid());
        Assert.Equal(order.GetProperty("description").GetString(), retry.GetProperty("description").GetString());
    }

    [Fact]
    public async Task AnOrderGivenBack_TimesOutInItsNewRound()
    {
        await using var host = await TestCampus.StartAsync(options => options.Configuration["Orders:AcceptanceWindow"] = "00:00:05");
        var customer = await CampusApi.SignUpAsync(host.Client);
        var runner = await CampusApi.SignUpAsync(host.CreateClient());
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        using (var accepted = await runner.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using (var givenBack = await runner.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/acceptance/cancel"))
        {
            Assert.Equal(HttpStatusCode.OK, givenBack.StatusCode);
        }

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED", TimeSpan.FromSeconds(30));

        Assert.Equal("TIMEOUT", order.GetProperty("cancellationReason").GetString());
        Assert.Equal(2, order.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("status").GetString() == "CREATED"));
        await LifecycleTests.WaitForRefundAsync(customer, orderId);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
    }
}
