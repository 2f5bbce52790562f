using System.Text.Json;

namespace CampusG.Messaging;

/// <summary>The one shape every message travels in (docs/architecture.md, "Messages").</summary>
/// <param name="Source">The endpoint (module) whose outbox sent it.</param>
public sealed record Envelope(
    Guid Id,
    string Type,
    DateTimeOffset Timestamp,
    string CorrelationId,
    Guid? CausationId,
    string? Traceparent,
    JsonElement Payload,
    string? Source = null);
