using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using CampusG.Notifications.Delivery;
using CampusG.Auth;
using CampusG.Auth.Sessions;
using CampusG.ServiceDefaults.Errors;
using CampusG.ServiceDefaults.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CampusG.Notifications.Features;

/// <summary>
/// <c>GET /v1/notifications/stream</c>: Server-Sent Events, one <c>data: {json}</c> line (the list
/// item's JSON) per notification delivered to the caller from now on, flushed at once, after an opening comment
/// line and with a comment line as keep-alive when idle. The stream ends when the client goes away, the host stops, or the caller's
/// session ends (signed out, or the token expired; checked every second). A user has at most
/// <c>RateLimits:StreamsPerUser</c> streams open at once.
/// </summary>
internal static class StreamNotificationsEndpoint
{
    private static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryStreamAfter = TimeSpan.FromSeconds(5);

    public static void MapStreamNotifications(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/notifications/stream", StreamAsync)
            .RequireAuthorization()
            .WithName("StreamNotifications")
            .WithTags("Notifications")
            .WithSummary("Server-Sent Events: one data line per new notification of the caller.")
            .Produces<NotificationItem>(StatusCodes.Status200OK, "text/event-stream")
            .Produces<ApiErrorResponse>(StatusCodes.Status429TooManyRequests);

    private static async Task StreamAsync(
        HttpContext http, NotificationHub hub, ISessionStore sessions, IOptions<JsonOptions> json, IOptions<NotificationsOptions> options,
        IOptions<RateLimitOptions> limits, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        // Ends when the client goes away, or when the host stops (rather than holding up its shutdown).
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var stop = ended.Token;
        // Subscribe before the headers go out: a client that saw them misses nothing after.
        using var subscription = hub.TrySubscribe(http.User.UserId(), limits.Value.StreamsPerUser)
            ?? throw ApiErrors.RateLimited(RetryStreamAfter, $"At most {limits.Value.StreamsPerUser} notification streams may be open at once.");
        try
        {
            await StartEventStreamAsync(http, stop);
            var lastWrite = time.GetUtcNow();
            while (!stop.IsCancellationRequested && await IsSignedInAsync(http.User, sessions, time, stop))
            {
                while (subscription.Reader.TryRead(out var item))
                {
                    await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(item, json.Value.SerializerOptions)}\n\n", stop);
                    lastWrite = time.GetUtcNow();
                }

                if (!await WaitForItemAsync(subscription.Reader, SessionCheckInterval, time, stop)
                    && time.GetUtcNow() - lastWrite >= options.Value.KeepAliveInterval)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", stop);
                    lastWrite = time.GetUtcNow();
                }

                await http.Response.Body.FlushAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the client went away or the host is stopping
        }
    }

    private static async ValueTask<bool> IsSignedInAsync(ClaimsPrincipal user, ISessionStore sessions, TimeProvider time, CancellationToken stop) =>
        time.GetUtcNow() < user.TokenExpiresAt() && await sessions.IsActiveAsync(user.SessionId(), stop);

    private static async Task StartEventStreamAsync(HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
        await http.Response.StartAsync(cancellationToken);
        // A first comment line: a proxy on the way (the gateway's among them) passes the headers on with the first
        // body bytes, so without it the client would see the stream open only at the first keep-alive.
        await http.Response.WriteAsync(": open\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>True when an item is ready, false when <paramref name="keepAlive"/> passed first.</summary>
    private static async Task<bool> WaitForItemAsync(
        ChannelReader<NotificationItem> reader, TimeSpan keepAlive, TimeProvider time, CancellationToken stop)
    {
        using var idle = new CancellationTokenSource(keepAlive, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, stop);
        try
        {
            return await reader.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
