using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.PostgreSql.Tests;

/// <summary>Outbox → relay → in-process transport → inbox, with every module database on PostgreSQL.</summary>
public sealed class MessagingPipelineTests : IAsyncLifetime
{
    private readonly TestDatabases _databases = new();

    private CampusGHost? _host;

    private MessageProbe Probe => _host!.Services.GetRequiredService<MessageProbe>();

    public async Task InitializeAsync() => _host = await PostgresHost.StartAsync(_databases, "Orders");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task CommandSentThroughTheOutbox_IsHandledAndAnswered()
    {
        var orderId = await CreateOrderAsync();

        await Probe.SendAsync(new MarkOrderCreated(orderId), orderId.ToString());

        var updated = await Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == orderId);
        Assert.Equal(OrderStatuses.Created, updated.Status);
    }

    [Fact]
    public async Task MessagePublishedTwice_IsHandledOnce()
    {
        var orderId = await CreateOrderAsync();
        await Probe.SendAsync(new MarkOrderCreated(orderId), orderId.ToString());
        await Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == orderId);
        var messageId = await _databases.ScalarAsync<Guid>(
            "probe", """SELECT "MessageId" FROM outbox_messages WHERE "Type" = 'order.markCreated' AND "CorrelationId" = $1""", orderId.ToString());

        // A relay that crashed between publishing and marking the row publishes it again.
        Assert.Equal(1, await _databases.ExecuteAsync("probe", """UPDATE outbox_messages SET "PublishedAt" = NULL WHERE "MessageId" = $1""", messageId));
        var marker = await CreateOrderAsync();
        await Probe.SendAsync(new MarkOrderCreated(marker), marker.ToString());
        await Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == marker);

        Assert.Single(Probe.Seen, e => e.Id == messageId);
        Assert.Equal(1L, await _databases.ScalarAsync<long>("orders", """SELECT count(*) FROM inbox_records WHERE "MessageId" = $1""", messageId));
        Assert.Single(Probe.All<OrderUpdated>(), m => m.OrderId == orderId);
    }

    private async Task<Guid> CreateOrderAsync()
    {
        using var response = await new OrdersClient(_host!).CreateAsync(Guid.NewGuid());
        response.EnsureSuccessStatusCode();
        return await OrdersClient.OrderIdAsync(response);
    }
}
