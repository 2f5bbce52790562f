using System.Text;
using System.Text.Json;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Tests.Support;

namespace CampusG.Messaging.Tests;

public sealed class EnvelopeSerializerTests
{
    [Fact]
    public void Envelope_RoundTripsEveryField_WithTheWireNameAsType()
    {
        var row = new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            Type = MessageName.Of<Pinged>(),
            CorrelationId = "order-1",
            CausationId = Guid.NewGuid(),
            Traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            OccurredAt = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc),
            Payload = EnvelopeSerializer.SerializePayload(new Pinged("k", 3)),
        };

        var envelope = EnvelopeSerializer.Read(EnvelopeSerializer.Write(row));

        Assert.Equal(row.MessageId, envelope.Id);
        Assert.Equal("test.pinged", envelope.Type);
        Assert.Equal(new DateTimeOffset(row.OccurredAt), envelope.Timestamp);
        Assert.Equal("order-1", envelope.CorrelationId);
        Assert.Equal(row.CausationId, envelope.CausationId);
        Assert.Equal(row.Traceparent, envelope.Traceparent);
        Assert.Equal(new Pinged("k", 3), EnvelopeSerializer.DeserializePayload(envelope.Payload, typeof(Pinged)));
    }

    [Fact]
    public void Payload_IsCamelCaseJson()
    {
        Assert.Equal("""{"key":"k","sequence":3}""", EnvelopeSerializer.SerializePayload(new Pinged("k", 3)));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"type":"test.pinged"}""")]
    [InlineData("""{"id":"not-a-guid","type":"t","timestamp":"2026-11-23T10:00:00Z","correlationId":"c","payload":{}}""")]
    public void Read_RejectsWhatIsNotAnEnvelope(string json)
    {
        Assert.ThrowsAny<Exception>(() => EnvelopeSerializer.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void MessageWithoutAWireName_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MessageName.Of(typeof(string)));
        Assert.Contains("[Message", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 75, 125)]
    [InlineData(3, 300, 500)]
    [InlineData(30, 7500, 12500)]
    public void Backoff_GrowsExponentiallyWithJitter_UpToTheCap(int attempt, double minMs, double maxMs)
    {
        for (var i = 0; i < 50; i++)
        {
            var delay = Backoff.For(attempt, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10)).TotalMilliseconds;
            Assert.InRange(delay, minMs, maxMs);
        }
    }

    [Fact]
    public void DeserializePayload_OfJsonNull_Throws()
    {
        using var doc = JsonDocument.Parse("null");
        Assert.Throws<JsonException>(() => EnvelopeSerializer.DeserializePayload(doc.RootElement, typeof(Pinged)));
    }
}
