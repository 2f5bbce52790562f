using CampusG.Testing;

namespace CampusG.Browser.Tests.Support;

/// <summary>
/// The CampusG one browser test class drives: embedded by default; with <c>CAMPUSG_TEST_MODE=Distributed</c> a
/// distributed deployment behind its gateway (as the end-to-end suite's TestCampus). The browser only sees its
/// public address, so the tests are the same in both modes. Derive to change the configuration.
/// </summary>
public class BrowserCampus : IAsyncLifetime
{
    public const string AdminEmail = "ops@campus.test";

    public CampusGHost Host { get; private set; } = null!;

    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>True when the test can reach the host's own services (embedded mode).</summary>
    public bool IsEmbedded => !DistributedDeployment.Requested;

    public async Task InitializeAsync()
    {
        var options = new CampusGHostOptions();
        options.Configuration["CampusG:AdminEmail"] = AdminEmail;
        // Every test user signs up from 127.0.0.1: the per-address limit is a campus network's, not a test suite's.
        options.Configuration["RateLimits:SignUpsPerAddress"] = "100000";
        options.Configuration["Payments:RetrySchedule"] = "00:00:00.050,00:00:00.100,00:00:00.150";
        Configure(options);
        if (DistributedDeployment.Requested)
        {
            DistributedDeployment.Apply(options);
        }

        Host = await CampusGHost.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    protected virtual void Configure(CampusGHostOptions options)
    {
    }
}
