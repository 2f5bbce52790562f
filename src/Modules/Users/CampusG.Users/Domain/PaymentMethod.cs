namespace CampusG.Users.Domain;

/// <summary>A saved card as the gateway knows it: a token, the brand, the last four digits and the expiry; never the number.</summary>
internal sealed class PaymentMethod
{
    public PaymentMethod(string gatewayToken, string brand, string last4, int expMonth, int expYear)
    {
        GatewayToken = gatewayToken;
        Brand = brand;
        Last4 = last4;
        ExpMonth = expMonth;
        ExpYear = expYear;
    }

    public string GatewayToken { get; private init; }

    public string Brand { get; private init; }

    public string Last4 { get; private init; }

    public int ExpMonth { get; private init; }

    public int ExpYear { get; private init; }

    /// <summary>A card is good through the last day of its expiry month (UTC).</summary>
    public static DateTime ExpiresAt(int expYear, int expMonth) =>
        new DateTime(expYear, expMonth, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);

    public bool IsExpiredAt(DateTime now) => now >= ExpiresAt(ExpYear, ExpMonth);
}
