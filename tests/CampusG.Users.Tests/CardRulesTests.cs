using CampusG.ServiceDefaults.Errors;
using CampusG.Users.Domain;

namespace CampusG.Users.Tests;

public sealed class CardRulesTests
{
    private const string Visa = "4242424242424242";
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string?, int?, int?, string?> BadCards => new()
    {
        { "cardNumber", null, 12, 2030, "123" },
        { "cardNumber", "42424242424", 12, 2030, "123" },
        { "cardNumber", "42424242424242424242", 12, 2030, "123" },
        { "cardNumber", "4242 4242 4242 4242", 12, 2030, "123" },
        { "cardNumber", "4242424242424241", 12, 2030, "123" },
        { "cardNumber", "４２４２424242424242", 12, 2030, "123" },
        { "expMonth", Visa, null, 2030, "123" },
        { "expMonth", Visa, 0, 2030, "123" },
        { "expMonth", Visa, 13, 2030, "123" },
        { "expYear", Visa, 12, null, "123" },
        { "expYear", Visa, 12, 2025, "123" },
        { "expYear", Visa, 10, 2026, "123" },
        { "expYear", Visa, 12, 30, "123" },
        { "expYear", Visa, 12, 2047, "123" },
        { "expYear", Visa, 1, int.MaxValue, "123" },
        { "cvc", Visa, 12, 2030, null },
        { "cvc", Visa, 12, 2030, "12" },
        { "cvc", Visa, 12, 2030, "12345" },
        { "cvc", Visa, 12, 2030, "12a" },
    };

    [Theory]
    [MemberData(nameof(BadCards))]
    public void Parse_WithOneBadField_FailsWithOneEntryNamingIt(string field, string? number, int? month, int? year, string? cvc)
    {
        var error = Assert.Throws<ApiException>(() => CardRules.Parse(number, month, year, cvc, Now));

        var entry = Assert.Single(error.Errors);
        Assert.Equal(ApiErrorCodes.ValidationFailed, entry.Code);
        Assert.StartsWith(field + ":", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeverRepeatsTheNumberOrCvc()
    {
        var error = Assert.Throws<ApiException>(() => CardRules.Parse("4242424242424241", 1, 2020, "98765", Now));

        Assert.Equal(3, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.DoesNotContain("424242", e.Detail, StringComparison.Ordinal));
        Assert.All(error.Errors, e => Assert.DoesNotContain("98765", e.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(11, 2026)]
    [InlineData(12, 2026)]
    [InlineData(1, 2046)]
    public void Parse_AcceptsACardGoodThroughTheEndOfItsMonth(int month, int year)
    {
        var card = CardRules.Parse(Visa, month, year, "1234", Now);

        Assert.Equal((Visa, month, year, "1234"), (card.Number, card.ExpMonth, card.ExpYear, card.Cvc));
    }

    [Fact]
    public void PaymentMethod_ExpiresAtTheStartOfTheMonthAfterItsExpiry()
    {
        var card = new PaymentMethod("tok", "visa", "4242", 11, 2026);

        Assert.False(card.IsExpiredAt(new DateTime(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc)));
        Assert.True(card.IsExpiredAt(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void UsablePaymentMethod_IsNullWithoutACard_OrOnceItExpired()
    {
        var user = User.Register(new NewAccount("a@b.co", "12345678", "A", "B", "+6591234567"), isAdmin: false, Now);
        Assert.Null(user.UsablePaymentMethod(Now));

        user.SavePaymentMethod(new PaymentMethod("tok", "visa", "4242", 11, 2026), Now);

        Assert.Equal("tok", user.UsablePaymentMethod(Now)?.GatewayToken);
        Assert.Null(user.UsablePaymentMethod(Now.AddMonths(1)));
    }
}
