using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CampusG.Web.Live;

/// <summary>Holds the circuit's notification stream only while its browser is connected (a phone asleep holds none).</summary>
internal sealed class FeedCircuitHandler(NotificationFeed feed) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        feed.Pause(paused: true);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        feed.Pause(paused: false);
        return Task.CompletedTask;
    }
}
