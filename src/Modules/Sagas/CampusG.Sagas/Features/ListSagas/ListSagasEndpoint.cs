using CampusG.Sagas.Domain;
using CampusG.Sagas.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Sagas.Features;

/// <summary><c>GET /v1/admin/sagas?state=S&amp;type=T</c>: the newest saga instances (100 at most) with their step logs.</summary>
internal static class ListSagasEndpoint
{
    private const int Limit = 100;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/sagas", ListAsync).RequireAuthorization(CampusGClaims.AdminPolicy);

    private static async Task<Ok<SagaList>> ListAsync(string? state, string? type, SagasDbContext db, CancellationToken cancellationToken)
    {
        if (state is not null && !SagaStates.All.Contains(state))
        {
            throw ApiErrors.Validation(("state", $"must be one of {string.Join(", ", SagaStates.All)}"));
        }

        var query = db.Sagas.AsNoTracking();
        query = state is null ? query : query.Where(s => s.State == state);
        query = string.IsNullOrEmpty(type) ? query : query.Where(s => s.Type == type);
        var sagas = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(Limit).ToListAsync(cancellationToken);
        var ids = sagas.Select(s => s.Id).ToList();
        var steps = (await db.StepLogs.AsNoTracking().Where(l => ids.Contains(l.SagaId)).OrderBy(l => l.Id).ToListAsync(cancellationToken))
            .ToLookup(l => l.SagaId);
        return TypedResults.Ok(new SagaList([.. sagas.Select(s => SagaView.From(s, steps[s.Id]))]));
    }
}

internal sealed record SagaList(IReadOnlyList<SagaView> Items);

internal sealed record SagaView(
    Guid SagaId,
    string Type,
    string CorrelationId,
    string State,
    string CurrentStep,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StepDeadline,
    IReadOnlyList<SagaStepView> Steps)
{
    public static SagaView From(SagaInstance s, IEnumerable<SagaStepLog> steps) => new(
        s.Id, s.Type, s.CorrelationId, s.State, s.CurrentStep, Utc(s.CreatedAt), Utc(s.UpdatedAt),
        s.StepDeadline is { } deadline ? Utc(deadline) : null,
        [.. steps.Select(l => new SagaStepView(l.Step, l.Message, l.Outcome, Utc(l.At)))]);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

internal sealed record SagaStepView(string Step, string Message, string Outcome, DateTimeOffset At);
