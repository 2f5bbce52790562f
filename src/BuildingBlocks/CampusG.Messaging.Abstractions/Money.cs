namespace CampusG.Messaging;

/// <summary>Money is stored as integer minor units (cents); the API and messages speak decimals with two places.</summary>
public static class Money
{
    public const string DefaultCurrency = "SGD";

    public static long ToMinor(decimal amount) => decimal.ToInt64(decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero));

    public static decimal FromMinor(long minor) => minor / 100m;

    /// <summary>True when <paramref name="amount"/> has at most two decimal places.</summary>
    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;
}
