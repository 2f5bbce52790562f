using CampusG.Messaging;

namespace CampusG.Notifications.Delivery;

/// <summary>Wakes the dispatcher when a new notification was committed.</summary>
internal sealed class DispatchSignal : WakeSignal;
