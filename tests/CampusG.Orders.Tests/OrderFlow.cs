using System.Net;
using System.Net.Http.Headers;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary>Drives orders through their lifecycle on a test host: the steps other tests start from.</summary>
internal sealed class OrderFlow(Func<CampusGHost> host)
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>The start and end of a JPEG (SOI, JFIF APP0, EOI).</summary>
    public static readonly byte[] Jpeg =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public OrderFlow(OrdersHostFixture fixture)
        : this(() => fixture.Host)
    {
    }

    /// <summary>On a host of its own (started with <see cref="OrdersHostFixture.StartAsync"/>).</summary>
    public OrderFlow(CampusGHost host)
        : this(() => host)
    {
    }

    private OrdersApi Api => new(host());

    private MessageProbe Probe => host().Services.GetRequiredService<MessageProbe>();

    /// <summary>A new order the saga has opened to runners (CREATED).</summary>
    public async Task<OrderResponse> CreatedAsync(Guid customer)
    {
        var order = await Api.CreateOrderAsync(customer);
        await Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());
        await Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == order.OrderId && m.Status == OrderStatuses.Created);
        return order;
    }

    public async Task<OrderResponse> AcceptedAsync(Guid customer, Guid runner)
    {
        var order = await CreatedAsync(customer);
        return await ExpectOrderAsync(await Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/accept"));
    }

    public Task<HttpResponseMessage> UploadAsync(
        Guid runner, Guid orderId, byte[] bytes, string? kind = "receipt", string contentType = "image/png")
    {
        var form = new MultipartFormDataContent();
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "proof.png");
        return Api.PostFormAsync(runner, $"/v1/orders/{orderId}/proofs", form);
    }

    public async Task<ProofResponse> ProofAsync(Guid runner, Guid orderId, string kind)
    {
        using var response = await UploadAsync(runner, orderId, kind == "receipt" ? Jpeg : Png, kind);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await OrdersApi.ReadAsync<ProofResponse>(response);
    }

    public Task<HttpResponseMessage> StatusAsync(Guid runner, Guid orderId, string status, Guid? proofId = null) =>
        Api.PostAsync(
            runner,
            $"/v1/orders/{orderId}/status",
            proofId is null ? $$"""{"status":"{{status}}"}""" : $$"""{"status":"{{status}}","proofId":"{{proofId}}"}""");

    /// <summary>Walks an accepted order to DELIVERED with the proofs it needs.</summary>
    public async Task<OrderResponse> DeliveredAsync(Guid customer, Guid runner)
    {
        var order = await AcceptedAsync(customer, runner);
        var receipt = await ProofAsync(runner, order.OrderId, "receipt");
        var delivery = await ProofAsync(runner, order.OrderId, "delivery");
        (string Status, Guid? Proof)[] steps =
        [
            (OrderStatuses.OnSite, null), (OrderStatuses.Purchased, receipt.ProofId), (OrderStatuses.Collected, null),
            (OrderStatuses.OnTheWay, null), (OrderStatuses.Delivered, delivery.ProofId),
        ];
        foreach (var (status, proof) in steps)
        {
            order = await ExpectOrderAsync(await StatusAsync(runner, order.OrderId, status, proof));
            Assert.Equal(status, order.Status);
        }

        return order;
    }

    public async Task<OrderResponse> CompletedAsync(Guid customer, Guid runner)
    {
        var order = await DeliveredAsync(customer, runner);
        await Probe.SendAsync(new CompleteOrder(order.OrderId), order.OrderId.ToString());
        await Probe.WaitForAsync<OrderCompleted>(m => m.OrderId == order.OrderId);
        return await Api.GetOrderAsync(customer, order.OrderId);
    }

    public static async Task<OrderResponse> ExpectOrderAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            return await OrdersApi.ReadAsync<OrderResponse>(response);
        }
    }
}
