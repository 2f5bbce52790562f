using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampusG.ServiceDefaults;

/// <summary>
/// Reads every decimal of a request body, which in this API is always money, from its exact JSON text: a number
/// with more than two decimal places is refused (<see cref="MoneyPrecisionException"/>, answered as
/// <c>400 VALIDATION_FAILED</c> naming the field) instead of being rounded by decimal parsing, which keeps 28 digits
/// (<c>8.500000000000000000000000000001</c> would become 8.5) and takes <c>1e-300</c> as 0. Trailing zeros do not
/// count: <c>8.50000</c> and <c>850e-2</c> are 8.50.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    private const int MaxDecimals = 2;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected a number, got {reader.TokenType}.");
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (DecimalPlaces(text) > MaxDecimals)
        {
            throw new MoneyPrecisionException();
        }

        return reader.TryGetDecimal(out var value) ? value : throw new JsonException("The number does not fit a decimal.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>
    /// The decimal places a JSON number really has: its fraction digits less its exponent, after dropping trailing
    /// zeros of its digits (0 for zero). The reader has already checked the number's grammar.
    /// </summary>
    internal static long DecimalPlaces(ReadOnlySpan<byte> number)
    {
        var exponentAt = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = exponentAt < 0 ? number : number[..exponentAt];
        var point = mantissa.IndexOf((byte)'.');
        var fraction = point < 0 ? ReadOnlySpan<byte>.Empty : mantissa[(point + 1)..];
        var integer = (point < 0 ? mantissa : mantissa[..point]).TrimStart((byte)'-');
        var trailingZeros = fraction.Length - fraction.TrimEnd((byte)'0').Length;
        if (trailingZeros == fraction.Length)
        {
            // Only zeros after the point: the integer part's own trailing zeros count too (1500e-3 is 1.5).
            if (integer.TrimStart((byte)'0').IsEmpty)
            {
                return 0;
            }

            trailingZeros += integer.Length - integer.TrimEnd((byte)'0').Length;
        }

        return fraction.Length - trailingZeros - Exponent(exponentAt < 0 ? ReadOnlySpan<byte>.Empty : number[(exponentAt + 1)..]);
    }

    /// <summary>The exponent, clamped far beyond anything money needs so a long one cannot overflow.</summary>
    private static long Exponent(ReadOnlySpan<byte> digits)
    {
        var negative = digits is [(byte)'-', ..];
        long value = 0;
        foreach (var digit in digits.TrimStart("+-"u8))
        {
            value = Math.Min((value * 10) + (digit - '0'), 1_000_000);
        }

        return negative ? -value : value;
    }
}
