using CampusG.PaymentGateway;

namespace CampusG.Users.Domain;

/// <summary>Checks a card before it goes to the gateway. Details never repeat the number or the cvc.</summary>
internal static class CardRules
{
    /// <summary>How far ahead an expiry year may be; card networks issue far shorter ones.</summary>
    public const int MaxYearsAhead = 20;

    /// <summary>The card to tokenize, or a 400 VALIDATION_FAILED naming every bad field.</summary>
    public static CardDetails Parse(string? cardNumber, int? expMonth, int? expYear, string? cvc, DateTime now)
    {
        var failures = new FieldFailures();
        CheckNumber(failures, cardNumber);
        CheckExpiry(failures, expMonth, expYear, now);
        if (cvc is null || cvc.Length is < 3 or > 4 || !cvc.All(char.IsAsciiDigit))
        {
            failures.Add("cvc", "must be 3 or 4 digits.");
        }

        failures.ThrowIfAny();
        return new CardDetails(cardNumber!, expMonth!.Value, expYear!.Value, cvc!);
    }

    private static void CheckNumber(FieldFailures failures, string? cardNumber)
    {
        if (cardNumber is null || cardNumber.Length is < 12 or > 19 || !cardNumber.All(char.IsAsciiDigit))
        {
            failures.Add("cardNumber", "must be 12 to 19 digits.");
        }
        else if (!CardNumbers.IsLuhnValid(cardNumber))
        {
            failures.Add("cardNumber", "is not a valid card number (checksum).");
        }
    }

    private static void CheckExpiry(FieldFailures failures, int? expMonth, int? expYear, DateTime now)
    {
        var month = expMonth is >= 1 and <= 12 ? expMonth : null;
        if (month is null)
        {
            failures.Add("expMonth", "must be 1 to 12.");
        }

        if (expYear is not { } year)
        {
            failures.Add("expYear", "is required.");
        }
        else if (year > now.Year + MaxYearsAhead)
        {
            failures.Add("expYear", $"must be at most {now.Year + MaxYearsAhead}.");
        }
        else if (year < now.Year || (month is { } m && now >= PaymentMethod.ExpiresAt(year, m)))
        {
            failures.Add("expYear", "the card has expired; the expiry must be in the future.");
        }
    }
}
