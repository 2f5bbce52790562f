using CampusG.Testing;
using CampusG.Messaging.RabbitMq.Tests.Support;
using CampusG.Messaging.Tests.Support;

namespace CampusG.Messaging.RabbitMq.Tests;

/// <summary>The transport rides out a lost connection, through the whole pipeline of a real host.</summary>
public sealed class RabbitMqRecoveryTests : IAsyncLifetime
{
    private readonly BrokerScope _broker = new();
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task ConnectionClosedByTheBroker_IsRecovered_AndEveryMessageIsHandledOnce()
    {
        await using var host = await MessagingHost.StartAsync(
            _data.Path, services => services.AddRabbitMqTransport(_broker.Configuration()), _broker.Prefix);
        await SendAsync(host, 1, 5);
        await LedgerHasAsync(host, 5);

        Assert.Equal(1, await RabbitMqCtl.CloseConnectionsAsync(_broker.ConnectionName));
        await SendAsync(host, 6, 10);

        Assert.Equal(Enumerable.Range(1, 10), await LedgerHasAsync(host, 10));
        Assert.True(await Eventually.UntilAsync(() => host.Transport.IsHealthyAsync(default), healthy => healthy, what: "healthy again"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _broker.DeleteAsync(_broker.Prefix + "alpha", _broker.Prefix + "beta", _broker.Prefix + "gamma");
        _data.Dispose();
    }

    private static async Task SendAsync(MessagingHost host, int from, int to)
    {
        for (var sequence = from; sequence <= to; sequence++)
        {
            await host.SendAsync(new Pinged("reconnect", sequence), "order-3");
        }
    }

    private static async Task<IEnumerable<int>> LedgerHasAsync(MessagingHost host, int count)
    {
        var entries = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<AlphaDb>()).Where(e => e.Key == "reconnect").ToList(),
            e => e.Count >= count,
            timeout: TimeSpan.FromSeconds(30),
            what: $"{count} alpha entries");
        return entries.Select(e => e.Sequence);
    }
}
