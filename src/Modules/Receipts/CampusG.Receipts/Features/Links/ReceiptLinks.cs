using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// Signed receipt links, relative to the platform: <c>/v1/receipts/{receiptId}/v{version}?expires={unix}&amp;sig={HMAC-SHA256, base64url}</c>.
/// The signature covers the receipt, the version and the expiry; it is checked in constant time before the expiry.
/// </summary>
internal sealed class ReceiptLinks(LinkKeyProvider keys, IOptions<ReceiptsOptions> options, TimeProvider time)
{
    public async Task<(string Url, DateTimeOffset ExpiresAt)> CreateAsync(Guid receiptId, int version, CancellationToken cancellationToken)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().Add(options.Value.LinkLifetime).ToUnixTimeSeconds());
        var expires = expiresAt.ToUnixTimeSeconds();
        var signature = Sign(await keys.GetAsync(cancellationToken), receiptId, version, expires);
        return (string.Create(CultureInfo.InvariantCulture, $"/v1/receipts/{receiptId:D}/v{version}?expires={expires}&sig={signature}"), expiresAt);
    }

    /// <summary>Valid, tampered (<see cref="LinkCheck.Invalid"/>) or past its expiry (<see cref="LinkCheck.Expired"/>).</summary>
    public async Task<LinkCheck> CheckAsync(Guid receiptId, int version, string? expires, string? signature, CancellationToken cancellationToken)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) || string.IsNullOrEmpty(signature))
        {
            return LinkCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(await keys.GetAsync(cancellationToken), receiptId, version, unix));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return LinkCheck.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() >= unix ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private static string Sign(byte[] key, Guid receiptId, int version, long expires)
    {
        var payload = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{receiptId:N}.{version}.{expires}"));
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, payload));
    }
}

internal enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
