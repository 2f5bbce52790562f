using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Users.Tests;

/// <summary>The Orders events that feed the ratings, and polling of the public profile until they show.</summary>
internal static class OrderEvents
{
    public const string RunnerRating = "runnerRating";
    public const string CustomerRating = "customerRating";

    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static OrderCreated Created(Guid orderId, Guid customerId) =>
        new(orderId, customerId, "2 x kaya toast", 5.00m, 2.00m, "Hall 7", At);

    public static OrderCancelled Cancelled(Guid orderId, Guid customerId, string reason) =>
        new(orderId, customerId, reason, OrderStatuses.Created, At);

    public static OrderAccepted Accepted(Guid orderId, Guid runnerId) => new(orderId, Guid.NewGuid(), runnerId, At);

    public static OrderAcceptanceCancelled AcceptanceCancelled(Guid orderId, Guid runnerId, int round = 2) =>
        new(orderId, Guid.NewGuid(), runnerId, At.AddMinutes(15), round, At);

    public static OrderReviewed Reviewed(Guid revieweeId, string role, int rating, Guid? reviewId = null) =>
        new(Guid.NewGuid(), reviewId ?? Guid.NewGuid(), Guid.NewGuid(), revieweeId, role, rating, At);

    /// <summary>Sends through the probe's outbox; messages sent one after another arrive in that order.</summary>
    public static Task SendAsync<TMessage>(CampusGHost host, TMessage message)
        where TMessage : class => host.Services.GetRequiredService<MessageProbe>().SendAsync(message, "ratings");

    /// <summary>Polls <c>GET /v1/users/{id}</c> until <paramref name="rating"/> is set and differs from <paramref name="previous"/>.</summary>
    public static async Task<decimal> RatingChangeAsync(HttpClient client, Guid userId, string rating, decimal? previous = null)
    {
        var body = await Eventually.UntilAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/v1/users/{userId}"),
            body => Rating(body, rating) is { } value && value != previous,
            what: $"{rating} of {userId} to change from {previous}");
        return Rating(body, rating)!.Value;
    }

    public static decimal? Rating(JsonElement profile, string rating) =>
        profile.GetProperty(rating) is { ValueKind: not JsonValueKind.Null } value ? value.GetDecimal() : null;
}
