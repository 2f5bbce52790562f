using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampusG.ServiceDefaults;

/// <summary>
/// Reads every JSON string of a request body as plain text: control characters other than tab, line feed and
/// carriage return are refused (<see cref="ControlCharacterException"/>, answered as <c>400 VALIDATION_FAILED</c>
/// naming the field). They have no business in a name, an address or an order, and PostgreSQL cannot store NUL.
/// </summary>
internal sealed class PlainTextStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, got {reader.TokenType}.");
        }

        var value = reader.GetString()!;
        foreach (var c in value)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\r') or '\u007f')
            {
                throw new ControlCharacterException();
            }
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

/// <summary>A request body's string held a control character; <see cref="JsonException.Path"/> names the field.</summary>
public sealed class ControlCharacterException : JsonFieldException
{
    public ControlCharacterException()
        : base("must not contain control characters (only tab and line breaks are allowed).")
    {
    }

    public ControlCharacterException(string message)
        : base(message)
    {
    }

    public ControlCharacterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
