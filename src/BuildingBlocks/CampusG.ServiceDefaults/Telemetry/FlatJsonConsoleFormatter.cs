using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CampusG.ServiceDefaults.Telemetry;

/// <summary>
/// One JSON object a line with every field at the top level, for log shippers that read fields by name
/// (<c>Logging:JsonFormat=Flat</c>): <c>Timestamp</c>, <c>Level</c>, <c>Category</c>, <c>Message</c>, <c>Exception</c>,
/// then the message's own values and those of its scopes: <c>TraceId</c> and <c>SpanId</c> (the activity), <c>OrderId</c>
/// and <c>CorrelationId</c> (a message being handled), <c>CorrelationId</c> (a request's header). A name already written
/// keeps its first value.
/// </summary>
internal sealed class FlatJsonConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "campusg-flat-json";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var written = new HashSet<string>(StringComparer.Ordinal) { "Timestamp", "Level", "Category", "Message", "Exception", "{OriginalFormat}" };
            writer.WriteStartObject();
            writer.WriteString("Timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("Level", logEntry.LogLevel.ToString());
            writer.WriteString("Category", logEntry.Category);
            writer.WriteString("Message", message);
            if (logEntry.Exception is not null)
            {
                writer.WriteString("Exception", logEntry.Exception.ToString());
            }

            WriteValues(writer, logEntry.State as IEnumerable<KeyValuePair<string, object?>>, written);
            scopeProvider?.ForEachScope((scope, w) => WriteValues(w, scope as IEnumerable<KeyValuePair<string, object?>>, written), writer);
            writer.WriteEndObject();
        }

        textWriter.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteValues(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>>? values, HashSet<string> written)
    {
        if (values is null)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            if (written.Add(key))
            {
                writer.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
