using CampusG.Testing;

namespace CampusG.Tracking.Tests;

/// <summary>One host per test class running only Tracking, with a probe on the bus; tests keep apart by order id.</summary>
public sealed class TrackingHostFixture : CampusGHostFixture
{
    protected override void Configure(CampusGHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureServices = b => b.AddMessageProbe();
        options.Configuration["CampusG:Modules"] = "Tracking";
    }
}
