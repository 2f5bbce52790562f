using CampusG.Bench.Experiments;
using CampusG.Bench.Measurement;
using CampusG.Bench.Modules;
using CampusG.Messaging;
using CampusG.Messaging.Endpoints;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampusG.Bench;

/// <summary>
/// A host wired as production wires modules: orders (the producer), payments (handles order.placed and sends
/// payment.captured) and tracking (handles both), each on its own SQLite file, over the in-process transport.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host, IReadOnlyList<DbProbe> probes)
    {
        _host = host;
        Probes = probes;
    }

    public IServiceProvider Services => _host.Services;

    public IReadOnlyList<DbProbe> Probes { get; }

    public TimedTransport Transport => Services.GetRequiredService<TimedTransport>();

    public static async Task<BenchHost> StartAsync(BenchOptions options, string dataDirectory, ChainRecorder recorder)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(options.ToConfiguration(dataDirectory));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(recorder);
        services.AddCampusGMessaging(builder.Configuration);
        TimedTransport.Decorate(services);

        var probes = new List<DbProbe>();
        AddModule<OrdersDb>(builder, options, "orders", recorder, probes);
        AddModule<PaymentsDb>(builder, options, "payments", recorder, probes)
            .Handle<OrderPlaced, CapturePayment>();
        AddModule<TrackingDb>(builder, options, "tracking", recorder, probes)
            .Handle<OrderPlaced, TrackOrderPlaced>()
            .Handle<PaymentCaptured, TrackPaymentCaptured>();

        var host = builder.Build();
        await host.StartAsync();
        return new BenchHost(host, probes);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private static MessageEndpointBuilder AddModule<TDb>(
        HostApplicationBuilder builder, BenchOptions options, string name, ChainRecorder recorder, List<DbProbe> probes)
        where TDb : DbContext
    {
        var probe = new DbProbe(name, recorder);
        probes.Add(probe);
        builder.Services.AddModuleDatabase<TDb>(builder.Configuration, name);
        // Registered before the endpoint's own interceptor, so a commit is stamped before the relay is nudged.
        builder.Services.ConfigureDbContext<TDb>((_, o) => o.AddInterceptors(probe));
        if (options.Experiment == "busy-timeout")
        {
            builder.Services.ConfigureDbContext<TDb>((_, o) => o.AddInterceptors(new BusyTimeoutExperiment(5_000)));
        }

        return builder.Services.AddMessageEndpoint<TDb>(name);
    }
}
