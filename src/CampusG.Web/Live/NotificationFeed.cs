using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CampusG.Web.Api;
using CampusG.Web.Session;
using Microsoft.Extensions.Logging;

namespace CampusG.Web.Live;

/// <summary>
/// The signed-in user's notification stream (<c>GET /v1/notifications/stream</c>), one per circuit: pages refresh when a
/// notification arrives instead of asking the API every few seconds. The API allows a user only a few open streams
/// (<c>429</c>), so a circuit opens at most this one, pauses it while the browser is away, closes it when the circuit
/// ends, and while it is down or refused <see cref="IsLive"/> is false and pages fall back to polling.
/// </summary>
public sealed partial class NotificationFeed(IHttpClientFactory http, UserSession session, TimeProvider time, ILogger<NotificationFeed> logger)
    : IAsyncDisposable
{
    public const string HttpClientName = "CampusG.NotificationStream";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private CancellationTokenSource? _run;

    private string? _token;

    private bool _paused;

    /// <summary>A notification for the signed-in user arrived (raised off the circuit's thread: use InvokeAsync).</summary>
    public event Action<Notification>? Received;

    /// <summary>The stream (re)opened: what happened while it was closed was not streamed, so pages look again.</summary>
    public event Action? Opened;

    /// <summary>True while the stream is open; pages poll slowly then, and more often when it is not.</summary>
    public bool IsLive { get; private set; }

    /// <summary>Opens the stream for the signed-in user (again, for another user); closes it when signed out. Call on every sign-in and out.</summary>
    public void Follow()
    {
        var token = _paused ? null : session.Token;
        if (token == _token)
        {
            return;
        }

        Stop();
        _token = token;
        if (token is not null)
        {
            _run = new CancellationTokenSource();
            _ = RunAsync(token, _run.Token);
        }
    }

    /// <summary>The browser went away (a closed lid, a lost network): no stream is held for it until it is back.</summary>
    public void Pause(bool paused)
    {
        _paused = paused;
        Follow();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        _run?.Cancel();
        _run?.Dispose();
        (_run, _token, IsLive) = (null, null, false);
    }

    private async Task RunAsync(string token, CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var wait = await ReadAsync(token, stop);
            IsLive &= stop.IsCancellationRequested; // a newer run may own IsLive already
            if (wait is not { } delay)
            {
                return;
            }

            failures = delay == TimeSpan.Zero ? 0 : failures + 1;
            // A stream that ended after working is opened again at once; failures back off, up to a minute.
            var backoff = delay == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures)));
            try
            {
                await Task.Delay(delay > backoff ? delay : backoff, time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads the stream until it ends; returns how long to wait before the next try (zero after a working stream), null to stop.</summary>
    private async Task<TimeSpan?> ReadAsync(string token, CancellationToken stop)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/notifications/stream");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => null, // signed out elsewhere: the next API call ends the session
                    HttpStatusCode.TooManyRequests => response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(60),
                    _ => TimeSpan.FromSeconds(5),
                };
            }

            IsLive = !stop.IsCancellationRequested;
            Opened?.Invoke();
            await ReadEventsAsync(await response.Content.ReadAsStreamAsync(stop), stop);
            return TimeSpan.Zero;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            LogBroken(logger, e.Message);
            return TimeSpan.FromSeconds(5);
        }
    }

    private async Task ReadEventsAsync(Stream stream, CancellationToken stop)
    {
        await foreach (var data in ServerSentEvents.DataAsync(stream, stop))
        {
            if (Parse(data) is { } notification)
            {
                Received?.Invoke(notification);
            }
        }
    }

    private Notification? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Notification>(json, Json);
        }
        catch (JsonException e)
        {
            LogBroken(logger, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The notification stream was refused ({Status}); pages poll instead")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "The notification stream broke ({Reason}); it is opened again shortly")]
    private static partial void LogBroken(ILogger logger, string reason);
}
