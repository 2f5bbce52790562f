using System.Security.Claims;
using CampusG.Auth;
using CampusG.Receipts.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Receipts.Features;

/// <summary>The latest receipt version of an order, with a fresh signed link (its customer only).</summary>
internal sealed record ReceiptLinkResponse(Guid ReceiptId, int Version, string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// <c>GET /v1/orders/{orderId}/receipt</c> (the customer) and <c>GET /v1/receipts/{receiptId}/v{version}</c> (anyone with a
/// valid signed link: HTML, or <c>?format=pdf</c>, each rendered at its first download and then read from the store).
/// Receipts cannot be listed.
/// </summary>
internal static class ReceiptEndpoints
{
    public const string OrderNotFound = "ORDER_NOT_FOUND";
    public const string NotReady = "RECEIPT_NOT_READY";
    public const string LinkInvalid = "RECEIPT_LINK_INVALID";
    public const string LinkExpired = "RECEIPT_LINK_EXPIRED";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/orders/{orderId:guid}/receipt", GetLinkAsync)
            .WithTags("Receipts").WithName("GetOrderReceipt").WithSummary("The order's latest receipt and a signed link to it.")
            .RequireAuthorization()
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);
        endpoints.MapGet("/v1/receipts/{receiptId:guid}/v{version:int}", OpenAsync)
            .WithTags("Receipts").WithName("OpenReceipt").WithSummary("A receipt through its signed link: HTML, or PDF with ?format=pdf.")
            .AllowAnonymous()
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status410Gone);
    }

    private static async Task<Ok<ReceiptLinkResponse>> GetLinkAsync(
        Guid orderId, ClaimsPrincipal user, ReceiptsDbContext db, ReceiptLinks links, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.AsNoTracking().SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
        if (receipt?.CustomerId is not { } customer || customer != user.UserId())
        {
            throw ApiErrors.NotFound(OrderNotFound, "There is no such order of yours.");
        }

        if (receipt.Version == 0)
        {
            throw ApiErrors.Conflict(NotReady, "The receipt is issued once the order is paid and open.");
        }

        var (url, expiresAt) = await links.CreateAsync(receipt.ReceiptId, receipt.Version, cancellationToken);
        return TypedResults.Ok(new ReceiptLinkResponse(receipt.ReceiptId, receipt.Version, url, expiresAt));
    }

    private static async Task<IResult> OpenAsync(
        Guid receiptId, int version, string? expires, string? sig, string? format, HttpContext http, ReceiptLinks links, ReceiptFiles files,
        CancellationToken cancellationToken)
    {
        switch (await links.CheckAsync(receiptId, version, expires, sig, cancellationToken))
        {
            case LinkCheck.Invalid:
                throw ApiErrors.Forbidden(LinkInvalid, "This receipt link is not valid.");
            case LinkCheck.Expired:
                throw new ApiException(StatusCodes.Status410Gone, LinkExpired, "This receipt link has expired; open the order for a new one.");
        }

        var kind = string.Equals(format, ReceiptKeys.Pdf, StringComparison.OrdinalIgnoreCase) ? ReceiptKeys.Pdf : ReceiptKeys.Html;
        var content = await files.ReadAsync(receiptId, version, kind, cancellationToken)
            ?? throw ApiErrors.NotFound("RECEIPT_NOT_FOUND", "There is no such receipt.");
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return kind == ReceiptKeys.Pdf
            ? TypedResults.File(content, ReceiptKeys.ContentType(kind), $"campusg-receipt-v{version}.pdf")
            : TypedResults.Bytes(content, ReceiptKeys.ContentType(kind));
    }
}
