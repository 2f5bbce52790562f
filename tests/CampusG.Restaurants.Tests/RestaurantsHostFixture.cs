using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Restaurants.Tests;

/// <summary>One host per test class running only Restaurants and a message probe that plays Inventory and Orders.</summary>
public sealed class RestaurantsHostFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    internal RestaurantsApi Api => new(Host);

    public MessageProbe Probe => Host.Services.GetRequiredService<MessageProbe>();

    public async Task InitializeAsync()
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Restaurants";
        _host = await CampusGHost.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
