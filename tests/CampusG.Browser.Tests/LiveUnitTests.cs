using System.Text;
using System.Text.Json;
using CampusG.Web.Api;
using CampusG.Web.Live;
using CampusG.Web.Shared;

namespace CampusG.Browser.Tests;

/// <summary>The parts of live updates, photos and times that need no browser.</summary>
public sealed class LiveUnitTests
{
    [Fact]
    public async Task EventStream_YieldsEachDataLine_AndSkipsCommentsAndBlanks()
    {
        var text = ": keep-alive\n\ndata: {\"a\":1}\n\n: keep-alive\n\ndata:{\"a\":2}\n\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var data = new List<string>();
        await foreach (var item in ServerSentEvents.DataAsync(stream, CancellationToken.None))
        {
            data.Add(item);
        }

        Assert.Equal(["{\"a\":1}", "{\"a\":2}"], data);
    }

    [Fact]
    public void Proofs_AreTheOnesThatProvedASteps_TheLatestPerStep()
    {
        var (first, retaken, handover) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
        OrderEvent[] events =
        [
            Event("order.statusUpdated", new { status = "ON_SITE", proofId = (Guid?)null }, at),
            Event("order.statusUpdated", new { status = "PURCHASED", proofId = first }, at.AddMinutes(1)),
            Event("order.statusUpdated", new { status = "PURCHASED", proofId = retaken }, at.AddMinutes(2)),
            Event("order.accepted", new { proofId = Guid.NewGuid() }, at),
            Event("order.statusUpdated", new { status = "DELIVERED", proofId = handover }, at.AddMinutes(9)),
        ];

        var proofs = ProofRef.From(events);

        Assert.Equal([("receipt", retaken), ("delivery", handover)], proofs.Select(p => (p.Kind, p.ProofId)));
    }

    [Fact]
    public void Times_AreSaidNearToday_InTheBrowsersZone()
    {
        var now = new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero); // 22:00 in Singapore
        var local = new LocalTime(new FixedTime(now));

        Assert.Equal("Today 13:05 UTC", local.Format(now.AddMinutes(-55))); // before the browser said where it is
        Assert.Equal("Yesterday 23:59:30 UTC", local.Format(new DateTimeOffset(2026, 12, 4, 23, 59, 30, TimeSpan.Zero), seconds: true));
        Assert.Equal("Tue 3 Nov, 09:00 UTC", local.Format(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("4 Dec 2025, 09:00 UTC", local.Format(new DateTimeOffset(2025, 12, 4, 9, 0, 0, TimeSpan.Zero)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static OrderEvent Event(string type, object payload, DateTimeOffset at) =>
        new(Guid.NewGuid(), type, at, "orders", JsonSerializer.SerializeToElement(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
}
