using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Receipts.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Receipts.Tests;

/// <summary>A real host running only Receipts, with a message probe playing Orders, Payments and Escrow.</summary>
internal sealed class ReceiptsHost(CampusGHost host) : IAsyncDisposable
{
    public CampusGHost Host => host;

    public MessageProbe Probe => host.Services.GetRequiredService<MessageProbe>();

    public static Task<ReceiptsHost> StartAsync(params (string Key, string Value)[] settings) => StartInAsync(null, settings);

    /// <summary>A host on <paramref name="dataDirectory"/> (kept after it stops), or on a fresh one when null.</summary>
    public static async Task<ReceiptsHost> StartInAsync(string? dataDirectory, params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe(), DataDirectory = dataDirectory };
        options.Configuration["CampusG:Modules"] = "Receipts";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return new ReceiptsHost(await CampusGHost.StartAsync(options));
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>An errand paid and held, then opened (CREATED): v1 is due.</summary>
    public async Task<(Guid OrderId, Guid CustomerId)> ErrandCreatedAsync(decimal foodFee = 12.50m, decimal deliveryFee = 3.00m)
    {
        var (orderId, customerId, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        var amount = foodFee + deliveryFee;
        await SendAsync(orderId, new OrderCreated(orderId, customerId, "Two <b>coffees</b> from Starbucks", foodFee, deliveryFee, "SCIS 1", now));
        await SendAsync(orderId, new PaymentAuthorized(orderId, Guid.NewGuid(), amount, now));
        await SendAsync(orderId, new FundsHeld(orderId, Guid.NewGuid(), amount, now));
        await SendAsync(orderId, new OrderUpdated(orderId, customerId, null, OrderStatuses.Created, OrderStatuses.PendingPayment, now.AddMinutes(30), now));
        return (orderId, customerId);
    }

    /// <summary>Completion as the Complete Order saga drives it: completed, captured, released.</summary>
    public async Task CompleteAsync(Guid orderId, Guid customerId, decimal foodFee, decimal deliveryFee, decimal customerRefund = 0m)
    {
        var (runner, now) = (Guid.NewGuid(), DateTimeOffset.UtcNow);
        await SendAsync(orderId, new OrderCompleted(orderId, customerId, runner, foodFee, deliveryFee, now));
        await SendAsync(orderId, new PaymentCaptured(orderId, Guid.NewGuid(), foodFee + deliveryFee - customerRefund, now));
        await SendAsync(orderId, new FundsReleased(orderId, Guid.NewGuid(), runner, foodFee + deliveryFee - customerRefund, now, null, customerRefund));
    }

    public Task<ReceiptIssued> IssuedAsync(Guid orderId, int version) =>
        Probe.WaitForAsync<ReceiptIssued>(r => r.OrderId == orderId && r.Version == version);

    public Task SendAsync<T>(Guid orderId, T message)
        where T : class => Probe.SendAsync(message, orderId.ToString());

    public Task<HttpResponseMessage> GetAsync(Guid? userId, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (userId is { } user)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        }

        return host.Client.SendAsync(request);
    }

    public async Task<ReceiptJson> ReceiptAsync(Guid customerId, Guid orderId)
    {
        using var response = await GetAsync(customerId, $"/v1/orders/{orderId}/receipt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReceiptJson>())!;
    }

    public async Task<string> HtmlAsync(string url)
    {
        using var response = await GetAsync(null, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}

internal sealed record ReceiptJson(Guid ReceiptId, int Version, string Url, DateTimeOffset ExpiresAt);
