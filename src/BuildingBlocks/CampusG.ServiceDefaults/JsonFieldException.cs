using System.Text.Json;

namespace CampusG.ServiceDefaults;

/// <summary>
/// A request body's value that is well-formed JSON of the right type but not acceptable (a control character, money
/// with more than two decimals): answered as <c>400 VALIDATION_FAILED</c>, the detail <c>field: message</c>, with the
/// field taken from <see cref="JsonException.Path"/>, which the serializer fills in.
/// </summary>
public abstract class JsonFieldException : JsonException
{
    protected JsonFieldException(string message)
        : base(message)
    {
    }

    protected JsonFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A money amount in a request body had more than two decimal places.</summary>
public sealed class MoneyPrecisionException : JsonFieldException
{
    public MoneyPrecisionException()
        : base("must have at most 2 decimal places.")
    {
    }

    public MoneyPrecisionException(string message)
        : base(message)
    {
    }

    public MoneyPrecisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
