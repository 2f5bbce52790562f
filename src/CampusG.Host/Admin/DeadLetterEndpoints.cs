using CampusG.Messaging.DeadLetters;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Host.Admin;

/// <summary>Operators' view of the dead letters of every module this process runs.</summary>
internal static class DeadLetterEndpoints
{
    public static void MapDeadLetterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/v1/admin/dead-letters")
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Operations");

        admin.MapGet("/", async (DeadLetterAdmin deadLetters, int? limit, CancellationToken cancellationToken) =>
        {
            if (limit is < 1 or > 500)
            {
                throw ApiErrors.Validation(("limit", "limit must be between 1 and 500."));
            }

            var items = await deadLetters.ListAsync(limit ?? 100, cancellationToken);
            return TypedResults.Ok(new DeadLetterList([.. items.Select(DeadLetterItem.From)]));
        });

        admin.MapPost("/{id:guid}/replay", async (Guid id, DeadLetterAdmin deadLetters, CancellationToken cancellationToken) =>
            await deadLetters.ReplayAsync(id, cancellationToken) switch
            {
                ReplayResult.Accepted => TypedResults.Accepted((string?)null),
                ReplayResult.AlreadyReplayed => throw new ApiException(409, "DEAD_LETTER_ALREADY_REPLAYED", "This dead letter was already replayed."),
                _ => throw new ApiException(404, "DEAD_LETTER_NOT_FOUND", "No dead letter has this id."),
            });
    }

    internal sealed record DeadLetterList(IReadOnlyList<DeadLetterItem> Items);

    internal sealed record DeadLetterItem(
        Guid Id, string Queue, string Type, Guid? MessageId, string? Handler, string Error, int Attempts,
        DateTimeOffset FailedAt, string Status, DateTimeOffset? ReplayedAt)
    {
        public static DeadLetterItem From(DeadLetterView v) =>
            new(v.Id, v.Queue, v.Type, v.MessageId, v.Handler, v.Error, v.Attempts, v.FailedAt, ToWire(v.Status), v.ReplayedAt);

        private static string ToWire(string status) => status switch
        {
            nameof(DeadLetterStatus.ReplayRequested) => "REPLAY_REQUESTED",
            _ => status.ToUpperInvariant(),
        };
    }
}
