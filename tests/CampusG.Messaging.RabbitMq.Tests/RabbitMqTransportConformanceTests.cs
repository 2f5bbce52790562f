using CampusG.Messaging.RabbitMq.Tests.Support;
using CampusG.Messaging.Tests.Conformance;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.RabbitMq.Tests;

/// <summary>The whole transport conformance suite against a real broker, each test on its own exchange and queues.</summary>
public sealed class RabbitMqTransportConformanceTests : TransportConformanceTests, IAsyncLifetime
{
    private readonly BrokerScope _broker = new();

    protected override string EndpointPrefix => _broker.Prefix;

    protected override void UseTransport(IServiceCollection services) => services.AddRabbitMqTransport(_broker.Configuration());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _broker.DeleteAsync(EndpointPrefix + "alpha", EndpointPrefix + "beta", EndpointPrefix + "gamma");
}
