using Xunit;

namespace CampusG.Testing;

/// <summary>
/// An xUnit class fixture: one <see cref="CampusGHost"/> per test class. Derive and override
/// <see cref="Configure"/> to change configuration, services or endpoints.
/// </summary>
public class CampusGHostFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    public HttpClient Client => Host.Client;

    public async Task InitializeAsync()
    {
        var options = new CampusGHostOptions();
        Configure(options);
        _host = await CampusGHost.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected virtual void Configure(CampusGHostOptions options)
    {
    }
}
