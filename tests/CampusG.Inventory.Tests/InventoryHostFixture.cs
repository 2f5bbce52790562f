using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary>One Inventory host per test class; tests keep apart by using items and orders of their own.</summary>
public sealed class InventoryHostFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    internal InventoryApi Api => new(Host);

    public async Task InitializeAsync() => _host = await InventoryHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
