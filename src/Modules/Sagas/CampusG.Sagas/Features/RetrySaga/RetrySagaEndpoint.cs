using CampusG.Messaging.Outbox;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Sagas.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Sagas.Features;

/// <summary>
/// <c>POST /v1/admin/sagas/{sagaId}/retry</c>: a saga parked as PAYOUT_PENDING goes back to RUNNING at the
/// step it parked on and re-sends that step's command (202); 404 for an unknown saga, 409 when it is not parked.
/// </summary>
internal static class RetrySagaEndpoint
{
    public const string NotRetryable = "SAGA_NOT_RETRYABLE";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/v1/admin/sagas/{sagaId:guid}/retry", RetryAsync).RequireAuthorization(CampusGClaims.AdminPolicy);

    private static async Task<Accepted<SagaView>> RetryAsync(
        Guid sagaId, SagasDbContext db, SagaRunner runner, MessageOutbox<SagasDbContext> outbox, IEnumerable<ISagaKind> kinds, CancellationToken cancellationToken)
    {
        var instance = await db.Sagas.SingleOrDefaultAsync(s => s.Id == sagaId, cancellationToken)
            ?? throw ApiErrors.NotFound(ApiErrorCodes.NotFound, $"No saga {sagaId}.");
        var kind = kinds.FirstOrDefault(k => k.Type == instance.Type);
        if (instance.State != SagaStates.PayoutPending || kind is null)
        {
            throw ApiErrors.Conflict(NotRetryable, $"Saga {sagaId} is {instance.State}; only a {SagaStates.PayoutPending} saga can be retried.");
        }

        kind.Retry(runner, instance, new OutboxCommandSink(outbox, instance.CorrelationId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ApiErrors.Conflict(NotRetryable, $"Saga {sagaId} changed meanwhile; look at it again.");
        }

        var steps = await db.StepLogs.AsNoTracking().Where(l => l.SagaId == sagaId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return TypedResults.Accepted($"/v1/admin/sagas?type={instance.Type}", SagaView.From(instance, steps));
    }
}
