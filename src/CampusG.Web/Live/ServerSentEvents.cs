using System.Runtime.CompilerServices;

namespace CampusG.Web.Live;

/// <summary>The <c>data:</c> payloads of a <c>text/event-stream</c>, one per event (comments and blank lines carry nothing).</summary>
internal static class ServerSentEvents
{
    public static async IAsyncEnumerable<string> DataAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                yield return line[5..].TrimStart(' ');
            }
        }
    }
}
