using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Transport;
using CampusG.Auth;
using CampusG.Testing;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Tracking.Tests;

/// <summary>Drives the Tracking module of a host: sends events, waits for the log, reads the routes.</summary>
internal static class TrackingDriver
{
    /// <summary>Sends through the probe's outbox, as a module would.</summary>
    public static Task SendAsync<TMessage>(this CampusGHost host, TMessage message, Guid orderId)
        where TMessage : class => host.Services.GetRequiredService<MessageProbe>().SendAsync(message, orderId.ToString());

    /// <summary>Sends each event in turn, in its own commit (so they leave in this order).</summary>
    public static async Task SendEachAsync(this CampusGHost host, Guid orderId, params object[] events)
    {
        var send = typeof(MessageProbe).GetMethod(nameof(MessageProbe.SendAsync))!;
        var probe = host.Services.GetRequiredService<MessageProbe>();
        foreach (var e in events)
        {
            await (Task)send.MakeGenericMethod(e.GetType()).Invoke(probe, [e, orderId.ToString()])!;
        }
    }

    /// <summary>
    /// Hands one envelope with a chosen id and source straight to the transport (a redelivery is the same call again);
    /// the in-process transport returns once every endpoint has handled it.
    /// </summary>
    public static Task PublishAsync<TMessage>(this CampusGHost host, Guid messageId, TMessage message, Guid orderId, string source)
        where TMessage : class
    {
        var row = new OutboxMessage
        {
            MessageId = messageId,
            Type = MessageName.Of<TMessage>(),
            CorrelationId = orderId.ToString(),
            OccurredAt = DateTime.UtcNow,
            Payload = EnvelopeSerializer.SerializePayload(message),
        };
        var transportMessage = new TransportMessage(messageId, row.Type, row.CorrelationId, EnvelopeSerializer.Write(row, source));
        return host.Services.GetRequiredService<IMessageTransport>().PublishAsync([transportMessage], CancellationToken.None);
    }

    /// <summary>Polls the event log until it holds <paramref name="count"/> messages about the order.</summary>
    public static async Task WaitForLoggedAsync(this CampusGHost host, Guid orderId, int count)
    {
        await Eventually.TrueAsync(async () => await host.CountLoggedAsync(orderId) >= count, what: $"{count} messages in the event log of {orderId}");
    }

    public static async Task<int> CountLoggedAsync(this CampusGHost host, Guid orderId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var correlationId = orderId.ToString();
        return await scope.ServiceProvider.GetRequiredService<TrackingDbContext>().EventLog.CountAsync(e => e.CorrelationId == correlationId);
    }

    /// <summary>A client signed in as <paramref name="userId"/>; the caller disposes it.</summary>
    public static HttpClient ClientFor(this CampusGHost host, Guid userId, bool isAdmin = false)
    {
        var token = host.TokenFor(userId, isAdmin);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The first error code of an error body.</summary>
    public static string? ErrorCode(this JsonElement body) => body.GetProperty("errors")[0].GetProperty("code").GetString();
}
