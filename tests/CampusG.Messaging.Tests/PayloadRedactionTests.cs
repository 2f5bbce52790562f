using System.Text.Json;
using CampusG.Messaging.Privacy;

namespace CampusG.Messaging.Tests;

public sealed class PayloadRedactionTests
{
    private static readonly Guid Alice = Guid.NewGuid();
    private static readonly MessageCatalog Catalog = MessageCatalog.FromAssembliesOf(typeof(PayloadRedactionTests));

    [Fact]
    public void ForRecord_DropsSensitiveFields_KeepsInternalOnes()
    {
        var payload = Json(new CardLookedUp(Alice, "tok_secret", "ref-1", 3));

        var recorded = PayloadRedaction.ForRecord(payload, Catalog.PrivacyOf("test.cardLookedUp"));

        Assert.Equal($$"""{"userId":"{{Alice}}","gatewayRef":"ref-1","count":3}""", recorded);
    }

    [Fact]
    public void ForParty_AlsoDropsInternalOnlyFields_AndShowsTheMessageOnlyToItsAddressee()
    {
        var payload = Json(new CardLookedUp(Alice, "tok_secret", "ref-1", 3));
        var privacy = Catalog.PrivacyOf("test.cardLookedUp");

        Assert.Equal($$"""{"userId":"{{Alice}}","count":3}""", PayloadRedaction.ForParty(payload, privacy));
        Assert.True(PayloadRedaction.IsVisibleTo(payload, privacy, Alice));
        Assert.False(PayloadRedaction.IsVisibleTo(payload, privacy, Guid.NewGuid()));
    }

    [Fact]
    public void AnUnknownType_IsWithheldWhole()
    {
        var payload = Json(new { gatewayToken = "tok_secret" });
        var privacy = Catalog.PrivacyOf("test.neverHeardOf");

        Assert.Equal("{}", PayloadRedaction.ForRecord(payload, privacy));
        Assert.False(PayloadRedaction.IsVisibleTo(payload, privacy, Alice));
    }

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value, Serialization.EnvelopeSerializer.PayloadOptions);
}

[Message("test.cardLookedUp")]
public sealed record CardLookedUp([Addressee] Guid UserId, [Sensitive] string GatewayToken, [InternalOnly] string GatewayRef, int Count);
