using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary>One host per test class running only Orders (acceptance window 10 minutes) and a message probe.</summary>
public sealed class OrdersHostFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    internal OrdersApi Api => new(Host);

    public MessageProbe Probe => Host.Services.GetRequiredService<MessageProbe>();

    public static Task<CampusGHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Orders";
        options.Configuration["Orders:AcceptanceWindow"] = "00:10:00";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
