namespace CampusG.PaymentGateway;

/// <summary>Card number checks any gateway client needs before sending a number anywhere.</summary>
public static class CardNumbers
{
    public static bool IsLuhnValid(string number)
    {
        if (string.IsNullOrEmpty(number) || number.Length is < 12 or > 19 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    public static string BrandOf(string number) => number switch
    {
        _ when number.StartsWith('4') => "visa",
        _ when number.Length >= 2 && number[..2] is "51" or "52" or "53" or "54" or "55" => "mastercard",
        _ when number.Length >= 4 && int.Parse(number[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 2221 and <= 2720 => "mastercard",
        _ when number.StartsWith("34", StringComparison.Ordinal) || number.StartsWith("37", StringComparison.Ordinal) => "amex",
        _ when number.StartsWith("6011", StringComparison.Ordinal) || number.StartsWith("65", StringComparison.Ordinal) => "discover",
        _ => "unknown",
    };
}
