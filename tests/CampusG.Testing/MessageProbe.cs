using System.Collections.Concurrent;
using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Serialization;
using CampusG.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Testing;

/// <summary>
/// A test-only module on the real bus: it sends commands through its own outbox, exactly as a
/// module does, and records every message it sees, so a module can be tested through its messages.
/// </summary>
public sealed class MessageProbe(IServiceProvider services)
{
    private readonly ConcurrentQueue<Envelope> _seen = new();

    public IReadOnlyList<Envelope> Seen => [.. _seen];

    /// <summary>
    /// When set, the probe records each message and then holds it until this completes, like a participant that is
    /// behind: on the in-process bus the sender's outbox row stays unpublished meanwhile.
    /// </summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Sends <paramref name="message"/> through the probe's outbox (one commit, like a module).</summary>
    public async Task SendAsync<TMessage>(TMessage message, string correlationId)
        where TMessage : class
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MessageOutbox<ProbeDbContext>>().Send(message, correlationId);
        await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().SaveChangesAsync();
    }

    /// <summary>Waits for the first message of <typeparamref name="TMessage"/>'s type that matches, and returns its payload.</summary>
    public async Task<TMessage> WaitForAsync<TMessage>(Func<TMessage, bool>? match = null, TimeSpan? timeout = null)
        where TMessage : class
    {
        var type = MessageName.Of<TMessage>();
        TMessage? found = null;
        await Eventually.TrueAsync(
            () => Task.FromResult((found = _seen.Where(e => e.Type == type).Select(Payload<TMessage>).FirstOrDefault(p => match is null || match(p))) is not null),
            timeout,
            $"a {type}; seen: {string.Join(", ", _seen.Select(e => e.Type))}",
            TimeSpan.FromMilliseconds(10));
        return found!;
    }

    /// <summary>Waits until <paramref name="count"/> matching messages of the type have arrived; returns them all.</summary>
    public async Task<IReadOnlyList<TMessage>> WaitForCountAsync<TMessage>(int count, Func<TMessage, bool>? match = null, TimeSpan? timeout = null)
        where TMessage : class
    {
        return await Eventually.UntilAsync(
            () => Task.FromResult(All<TMessage>().Where(m => match is null || match(m)).ToList()),
            matching => matching.Count >= count,
            timeout,
            $"{count} {MessageName.Of<TMessage>()}",
            TimeSpan.FromMilliseconds(10));
    }

    /// <summary>All payloads of <typeparamref name="TMessage"/>'s type seen so far.</summary>
    public IReadOnlyList<TMessage> All<TMessage>()
        where TMessage : class
    {
        var type = MessageName.Of<TMessage>();
        return [.. _seen.Where(e => e.Type == type).Select(Payload<TMessage>)];
    }

    internal void Record(Envelope envelope) => _seen.Enqueue(envelope);

    private static TMessage Payload<TMessage>(Envelope envelope)
        where TMessage : class => (TMessage)EnvelopeSerializer.DeserializePayload(envelope.Payload, typeof(TMessage));
}

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}

internal sealed class ProbeRecorder(MessageProbe probe) : IEnvelopeHandler
{
    public async Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken)
    {
        probe.Record(envelope);
        if (probe.Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
    }
}

public static class MessageProbeExtensions
{
    /// <summary>Adds the probe endpoint, subscribed to <paramref name="pattern"/> (every message by default).</summary>
    public static void AddMessageProbe(this WebApplicationBuilder builder, string pattern = "#")
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<MessageProbe>();
        builder.Services.AddModuleDatabase<ProbeDbContext>(builder.Configuration, "probe");
        builder.Services.AddMessageEndpoint<ProbeDbContext>("probe").HandleAll<ProbeRecorder>(pattern);
    }
}
