using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using CampusG.Messaging.Outbox;

namespace CampusG.Messaging.Serialization;

/// <summary>Reads and writes the envelope of docs/architecture.md with System.Text.Json.</summary>
public static class EnvelopeSerializer
{
    /// <summary>camelCase, enums as strings; the same for every message everywhere.</summary>
    public static readonly JsonSerializerOptions PayloadOptions = CreateOptions();

    public static string SerializePayload<TMessage>(TMessage message)
        where TMessage : class => JsonSerializer.Serialize(message, PayloadOptions);

    public static object DeserializePayload(JsonElement payload, Type messageType) =>
        payload.Deserialize(messageType, PayloadOptions)
            ?? throw new JsonException($"The payload of a {messageType.Name} is null.");

    /// <summary>Builds the envelope bytes for an outbox row; the payload JSON is copied in as it was stored.</summary>
    /// <param name="source">The endpoint whose outbox sends it.</param>
    public static byte[] Write(OutboxMessage message, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new ArrayBufferWriter<byte>(256 + (message.Payload.Length * 2));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", message.MessageId);
            writer.WriteString("type", message.Type);
            writer.WriteString("timestamp", new DateTimeOffset(DateTime.SpecifyKind(message.OccurredAt, DateTimeKind.Utc)));
            writer.WriteString("correlationId", message.CorrelationId);
            if (message.CausationId is { } causation)
            {
                writer.WriteString("causationId", causation);
            }
            else
            {
                writer.WriteNull("causationId");
            }

            writer.WriteString("traceparent", message.Traceparent);
            writer.WriteString("source", source);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(message.Payload, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads an envelope; throws <see cref="JsonException"/> when the bytes are not one.</summary>
    public static Envelope Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("An envelope must be a JSON object.");
        }

        return new Envelope(
            Id: Required(root, "id").GetGuid(),
            Type: Required(root, "type").GetString() ?? throw new JsonException("The envelope's type is null."),
            Timestamp: Required(root, "timestamp").GetDateTimeOffset(),
            CorrelationId: Required(root, "correlationId").GetString() ?? throw new JsonException("The envelope's correlationId is null."),
            CausationId: root.TryGetProperty("causationId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetGuid() : null,
            Traceparent: root.TryGetProperty("traceparent", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            Payload: Required(root, "payload").Clone(),
            Source: root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null);
    }

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"The envelope has no '{name}'.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
