using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>
/// A campus whose windows are seconds, not hours: an errand's delivery window of 10 s (long enough for a runner's four
/// calls up to PURCHASED), a menu order's restaurant decision and rider windows of 4 s, and receipt links valid for 5 s. Kept apart from the shared campus so no other test's
/// accepted errand or receipt link runs into them; one deployment for every class that needs them. Distributed, it
/// runs the compact layout, as every deployment but the shared campus's does (<see cref="TestCampus.StartAsync"/>).
/// </summary>
public sealed class ShortWindowsCampus : IAsyncLifetime
{
    public static readonly TimeSpan ReceiptLinkLifetime = TimeSpan.FromSeconds(5);

    public CampusGHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestCampus.StartAsync(options =>
    {
        options.Configuration["Orders:DeliveryWindow"] = "00:00:10";
        options.Configuration["Orders:RestaurantDecisionWindow"] = "00:00:04";
        options.Configuration["Orders:RiderWindow"] = "00:00:04";
        options.Configuration["Receipts:LinkLifetime"] = ReceiptLinkLifetime.ToString();
    });

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ShortWindows : ICollectionFixture<ShortWindowsCampus>
{
    public const string Name = "short windows";
}
