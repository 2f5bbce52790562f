using CampusG.Messaging;

namespace CampusG.Timers.Workers;

/// <summary>Wakes the timer worker early when a new timer was committed.</summary>
internal sealed class TimerWakeSignal : WakeSignal;
