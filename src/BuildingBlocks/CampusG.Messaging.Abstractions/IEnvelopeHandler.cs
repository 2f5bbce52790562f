namespace CampusG.Messaging;

/// <summary>
/// Handles raw envelopes of every type matching a topic pattern (<c>#</c> for all), for modules
/// that record messages rather than act on them, such as the event log.
/// </summary>
public interface IEnvelopeHandler
{
    Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken);
}
