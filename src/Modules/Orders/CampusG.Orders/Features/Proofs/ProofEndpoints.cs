using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal sealed record ProofResponse(Guid ProofId, string Kind, string ContentType, long Size, DateTime CreatedAt);

/// <summary>
/// <c>POST /v1/orders/{orderId}/proofs</c> (its runner, multipart <c>file</c> + <c>kind</c> receipt|delivery; its customer,
/// <c>kind</c> issue from DELIVERED on) and
/// <c>GET /v1/orders/{orderId}/proofs/{proofId}</c> (its customer or runner: the stored bytes).
/// </summary>
internal static class ProofEndpoints
{
    public static void Map(RouteGroupBuilder orders)
    {
        orders.MapPost("/{orderId:guid}/proofs", UploadAsync)
            .WithName("UploadProof")
            .WithSummary("The runner uploads a receipt or delivery photo, the customer a photo of a problem (JPEG, PNG or WebP, at most 5 MB).")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ProofUpload.MaxRequestBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict)
            .Produces<ApiErrorResponse>(StatusCodes.Status429TooManyRequests);
        orders.MapGet("/{orderId:guid}/proofs/{proofId:guid}", DownloadAsync)
            .WithName("GetProof")
            .WithSummary("The proof image's bytes.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<ProofResponse>> UploadAsync(
        Guid orderId, HttpContext http, ProofRecorder proofs, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var order = await proofs.EnsureRoomAsync(orderId, userId, cancellationToken);
        var upload = await ProofUpload.ReadAsync(http.Request, cancellationToken);
        var now = time.GetUtcNow();
        ProofRecorder.CheckKind(order, userId, upload.Kind, now.UtcDateTime);
        var proof = Proof.Of(Guid.CreateVersion7(now), orderId, userId, upload.Kind, upload.ContentType, upload.Bytes.Length, now.UtcDateTime);
        await proofs.AddAsync(proof, upload.Bytes, cancellationToken);
        return TypedResults.Created(
            $"/v1/orders/{orderId}/proofs/{proof.Id}",
            new ProofResponse(proof.Id, proof.Kind, proof.ContentType, proof.Size, ApiValues.Utc(proof.CreatedAt)));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(
        Guid orderId, Guid proofId, HttpContext http, OrdersDbContext db, ProofStore store, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var proof = await db.Proofs.AsNoTracking()
            .Where(p => p.Id == proofId && p.OrderId == orderId)
            .Where(p => db.Orders.Any(o => o.Id == orderId && (o.CustomerId == userId || o.RunnerId == userId)))
            .SingleOrDefaultAsync(cancellationToken);
        var stream = proof is null ? null : store.OpenRead(orderId, proofId);
        if (stream is null)
        {
            throw ApiErrors.NotFound("PROOF_NOT_FOUND", $"No proof {proofId} of order {orderId} exists for you.");
        }

        // Shown in the page, never saved as a file; the host adds nosniff, so the browser keeps to the stored type.
        http.Response.Headers.ContentDisposition = "inline";
        return TypedResults.File(stream, proof!.ContentType);
    }
}
