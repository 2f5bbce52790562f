using System.Buffers;
using System.Text.Json;

namespace CampusG.Messaging.Privacy;

/// <summary>Copies of a payload without the fields its contract marks.</summary>
public static class PayloadRedaction
{
    /// <summary>
    /// The payload as it may be stored or shown to operators: no sensitive field. A payload of an unknown type is
    /// withheld entirely (<c>{}</c>): nothing says which of its fields are secret.
    /// </summary>
    public static string ForRecord(JsonElement payload, MessagePrivacy privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        return privacy switch
        {
            { IsUnknown: true } => "{}",
            { Sensitive.Count: 0 } => payload.GetRawText(),
            _ => Without(payload, privacy.Sensitive.Contains),
        };
    }

    /// <summary>The payload as a party of the order may read it: neither sensitive nor internal-only fields.</summary>
    public static string ForParty(JsonElement payload, MessagePrivacy privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        return privacy.IsUnknown ? "{}" : Without(payload, name => privacy.Sensitive.Contains(name) || privacy.InternalOnly.Contains(name));
    }

    /// <summary>
    /// Whether a party may see the message at all: a message addressed to one user is shown only to that user.
    /// </summary>
    public static bool IsVisibleTo(JsonElement payload, MessagePrivacy privacy, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        if (privacy.IsUnknown || privacy.Addressee is null)
        {
            return !privacy.IsUnknown;
        }

        return payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty(privacy.Addressee, out var addressee)
            && addressee.ValueKind == JsonValueKind.String
            && addressee.TryGetGuid(out var id)
            && id == userId;
    }

    private static string Without(JsonElement payload, Func<string, bool> drop)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return payload.GetRawText();
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in payload.EnumerateObject().Where(p => !drop(p.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
