using CampusG.Testing;
using System.Text;
using CampusG.Messaging.RabbitMq.Tests.Support;
using CampusG.Messaging.Tests.Support;
using CampusG.Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CampusG.Messaging.RabbitMq.Tests;

/// <summary>What the broker adds to the conformance suite: queue types, the broker's dead-letter queue, durability, confirms.</summary>
public sealed class RabbitMqTransportTests : IAsyncLifetime
{
    private readonly BrokerScope _broker = new();
    private readonly List<ServiceProvider> _processes = [];

    private string Endpoint => _broker.Prefix + "orders";

    private string Full => _broker.Prefix + "full";

    private static Dictionary<string, string?> Watching => new() { ["Messaging:RabbitMq:SubscriptionCheckInterval"] = "00:00:00.100" };

    [Fact]
    public async Task EndpointQueueAndItsDeadLetterQueue_AreQuorumQueues()
    {
        await using var subscription = await StartProcess().SubscribeAsync(Endpoint, ["test.pinged"], new RecordingReceiver(), default);

        var types = await RabbitMqCtl.QueueTypesAsync(_broker.Prefix);

        Assert.Equal(new Dictionary<string, string> { [Endpoint] = "quorum", [Endpoint + ".dlq"] = "quorum" }, types);
    }

    [Fact]
    public async Task MessageTheEndpointKeepsFailingToCommit_EndsInTheDeadLetterQueue()
    {
        var receiver = new RecordingReceiver(alwaysFail: true);
        var transport = StartProcess(new Dictionary<string, string?> { ["Messaging:RabbitMq:DeliveryLimit"] = "2" });
        await using var subscription = await transport.SubscribeAsync(Endpoint, ["test.pinged"], receiver, default);
        var message = Message("order-1");

        await transport.PublishAsync([message], default);

        await using var connection = await _broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var dead = await Eventually.UntilAsync(
            () => channel.BasicGetAsync(Endpoint + ".dlq", autoAck: true), got => got is not null, what: "the message in the .dlq");
        Assert.Equal(message.MessageId.ToString(), dead!.BasicProperties.MessageId);
        Assert.Equal("test.pinged", dead.BasicProperties.Type);
        Assert.Equal("order-1", dead.BasicProperties.CorrelationId);
        Assert.Equal(message.Body.ToArray(), dead.Body.ToArray());
        Assert.True(receiver.Received.Count >= 2, $"delivered {receiver.Received.Count} times");
    }

    [Fact]
    public async Task MessagePublishedWhileNoConsumerRuns_IsDeliveredOnceOneSubscribes()
    {
        var consumer = StartProcess();
        await (await consumer.SubscribeAsync(Endpoint, ["test.#"], new RecordingReceiver(), default)).DisposeAsync();
        await StopProcessesAsync();
        var message = Message("order-2");

        await StartProcess().PublishAsync([message], default);
        var receiver = new RecordingReceiver();
        await using var subscription = await StartProcess().SubscribeAsync(Endpoint, ["test.#"], receiver, default);

        var received = await Eventually.UntilAsync(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, what: "the delivery");
        var delivered = Assert.Single(received);
        Assert.Equal((message.MessageId, message.Type, message.CorrelationId), (delivered.MessageId, delivered.Type, delivered.CorrelationId));
        Assert.Equal(message.Body.ToArray(), delivered.Body.ToArray());
    }

    [Fact]
    public async Task PublishTheBrokerRefuses_Throws_SoTheOutboxKeepsTheMessage()
    {
        var transport = StartProcess();
        await using var subscription = await transport.SubscribeAsync(Endpoint, ["test.pinged"], new RecordingReceiver(), default);
        await using var connection = await _broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        // a queue that rejects every publish routed to it: the broker answers with a nack instead of a confirm
        await channel.QueueDeclareAsync(
            Full, durable: false, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-max-length"] = 0, ["x-overflow"] = "reject-publish" });
        await channel.QueueBindAsync(Full, _broker.Exchange, "test.refused");

        await Assert.ThrowsAsync<PublishException>(
            () => transport.PublishAsync([Message("order-4"), Message("order-4") with { Type = "test.refused" }], default));
        await transport.PublishAsync([Message("order-4")], default); // the channel is still usable
    }

    [Fact]
    public async Task BrokerUnreachable_IsReportedUnhealthy_AndPublishThrows()
    {
        var transport = StartProcess(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = "amqp://guest:guest@127.0.0.1:1/" });

        Assert.False(await transport.IsHealthyAsync(default));
        await Assert.ThrowsAnyAsync<Exception>(() => transport.PublishAsync([Message("order-5")], default));
    }

    [Fact]
    public async Task QueueDeletedUnderTheConsumer_IsDeclaredAgain_AndConsumed()
    {
        var transport = StartProcess(Watching);
        var receiver = new RecordingReceiver();
        await using var subscription = await transport.SubscribeAsync(Endpoint, ["test.pinged"], receiver, default);
        await using (var connection = await _broker.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync(Endpoint, ifUnused: false, ifEmpty: false); // the broker cancels the consumer
        }

        await Eventually.UntilAsync(() => RabbitMqCtl.QueueTypesAsync(_broker.Prefix), queues => queues.ContainsKey(Endpoint), what: "the queue declared again");
        await Eventually.TrueAsync(() => transport.IsHealthyAsync(default), what: "consuming again");
        var message = Message("order-6");
        await transport.PublishAsync([message], default);

        var received = await Eventually.UntilAsync(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, what: "the delivery");
        Assert.Equal(message.MessageId, Assert.Single(received).MessageId);
    }

    [Fact]
    public async Task ChannelClosedByTheBroker_IsReplaced_AndDeliveriesResume()
    {
        var transport = StartProcess(Watching);
        var receiver = new RecordingReceiver();
        await using var handle = await transport.SubscribeAsync(Endpoint, ["test.pinged"], receiver, default);
        var subscription = ((RabbitMqTransport.Subscribed)handle).Subscription;
        await transport.PublishAsync([Message("order-7")], default);
        await Eventually.UntilAsync(() => Task.FromResult(receiver.Received.Count), count => count == 1, what: "the first delivery");
        var first = subscription.Channel!;

        // a channel error, as the broker's acknowledgement timeout would raise: the broker closes the channel, not the connection
        await first.BasicAckAsync(deliveryTag: 1_000_000, multiple: false);
        await Eventually.UntilAsync(() => Task.FromResult(first.IsClosed), closed => closed, what: "the channel closed by the broker");
        await Eventually.TrueAsync(() => Task.FromResult(subscription.Channel != first && subscription.IsConsuming), what: "a new channel");
        await transport.PublishAsync([Message("order-8")], default);

        // order-7 may come twice: if the broker closed the channel before its ack arrived, it requeued it
        var received = await Eventually.UntilAsync(
            () => Task.FromResult(receiver.Received.Select(m => m.CorrelationId).Distinct().ToList()), r => r.Count == 2, what: "the delivery after");
        Assert.Equal(["order-7", "order-8"], received);
        Assert.True(await transport.IsHealthyAsync(default));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await StopProcessesAsync();
        await _broker.DeleteAsync(Endpoint, Full);
    }

    /// <summary>A process of its own: a transport with its own connection to the broker.</summary>
    private IMessageTransport StartProcess(IDictionary<string, string?>? settings = null)
    {
        var provider = new ServiceCollection().AddLogging().AddRabbitMqTransport(_broker.Configuration(settings)).BuildServiceProvider();
        _processes.Add(provider);
        return provider.GetRequiredService<IMessageTransport>();
    }

    private async Task StopProcessesAsync()
    {
        foreach (var provider in _processes)
        {
            await provider.DisposeAsync();
        }

        _processes.Clear();
    }

    private static TransportMessage Message(string correlationId) =>
        new(Guid.NewGuid(), "test.pinged", correlationId, Encoding.UTF8.GetBytes($$"""{"correlationId":"{{correlationId}}"}"""));
}
