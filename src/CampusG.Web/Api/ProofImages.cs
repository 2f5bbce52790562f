using System.Security.Cryptography;
using CampusG.Web.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Web.Api;

/// <summary>
/// Addresses for an <c>&lt;img&gt;</c> of a proof photo. The API serves the photo only with the user's bearer token,
/// which an image request cannot carry, and the token lives in the circuit; so the page hands the browser a ticket
/// (the photo's ids and the token, encrypted with the host's data-protection keys, good for an hour) and
/// <c>GET /ui/proof?t=</c> fetches that one photo from the public API with it. The bytes never pass through the circuit.
/// </summary>
public sealed class ProofImages(IDataProtectionProvider protection, UserSession session, TimeProvider time)
{
    public const string HttpClientName = "CampusG.ProofImages";

    private const string Purpose = "CampusG.Web.ProofImage";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    // One address per photo while it is valid: a new one on every render would make the browser load it again.
    private readonly Dictionary<(Guid, Guid), (string Url, DateTimeOffset Renew)> _urls = [];

    public string? Url(Guid orderId, Guid proofId)
    {
        if (session.Token is not { } token)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (!_urls.TryGetValue((orderId, proofId), out var known) || known.Renew < now)
        {
            var ticket = Protector(protection).Protect($"{orderId:N}/{proofId:N}/{token}", Lifetime);
            known = ($"ui/proof?t={Uri.EscapeDataString(ticket)}", now + (Lifetime / 2));
            _urls[(orderId, proofId)] = known;
        }

        return known.Url;
    }

    /// <summary>Maps <c>GET /ui/proof?t=</c>: the photo a valid ticket names, else 404.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/ui/proof", ServeAsync).ExcludeFromDescription();

    private static async Task ServeAsync(HttpContext http, IDataProtectionProvider protection, IHttpClientFactory clients)
    {
        if (Open(protection, http.Request.Query["t"]) is not var (path, token))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var photo = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, http.RequestAborted);
        if (!photo.IsSuccessStatusCode)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = photo.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        http.Response.Headers.CacheControl = "private, max-age=3600";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await photo.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static (string Path, string Token)? Open(IDataProtectionProvider protection, string? ticket)
    {
        try
        {
            var parts = ticket is null ? [] : Protector(protection).Unprotect(ticket).Split('/', 3);
            return parts.Length == 3 && Guid.TryParse(parts[0], out var orderId) && Guid.TryParse(parts[1], out var proofId)
                ? ($"v1/orders/{orderId}/proofs/{proofId}", parts[2])
                : null;
        }
        catch (CryptographicException)
        {
            return null; // forged, from other keys, or expired
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
