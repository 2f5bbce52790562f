using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace CampusG.Testing;

/// <summary>One e-mail smtp4dev received.</summary>
public sealed record ReceivedMail(string Id, string From, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedDate);

/// <summary>
/// Reads what the smtp4dev server of <c>scripts/servers/smtp4dev.sh</c> received, through its HTTP API
/// (<c>GET /api/messages</c>, <c>/api/messages/{id}/plaintext</c>, <c>/api/messages/{id}/html</c>).
/// </summary>
public sealed class Smtp4devMailbox(Uri? api = null) : IDisposable
{
    /// <summary>SMTP host and port the tests send to (<c>Notifications:Email:Host</c>, <c>Port</c>).</summary>
    public const string SmtpHost = "127.0.0.1";

    private readonly HttpClient _client = new() { BaseAddress = api ?? DefaultApi, Timeout = TimeSpan.FromSeconds(10) };

    public static int SmtpPort => int.TryParse(Environment.GetEnvironmentVariable("SMTP4DEV_SMTP_PORT"), out var port) ? port : 2525;

    public static Uri DefaultApi =>
        new($"http://127.0.0.1:{(int.TryParse(Environment.GetEnvironmentVariable("SMTP4DEV_WEB_PORT"), out var port) ? port : 5025)}/");

    /// <summary>The mail received for <paramref name="address"/>, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string address)
    {
        var page = await _client.GetFromJsonAsync<MessagePage>($"api/messages?searchTerms={Uri.EscapeDataString(address)}&pageSize=500");
        return [.. (page?.Results ?? [])
            .Where(m => m.To.Any(to => string.Equals(to, address, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(m => m.ReceivedDate)];
    }

    public async Task<string> PlainTextAsync(ReceivedMail mail) =>
        await _client.GetStringAsync($"api/messages/{mail.Id}/plaintext");

    public async Task<string> HtmlAsync(ReceivedMail mail) =>
        await _client.GetStringAsync($"api/messages/{mail.Id}/html");

    public void Dispose() => _client.Dispose();

    private sealed record MessagePage([property: JsonPropertyName("results")] List<ReceivedMail>? Results);
}
