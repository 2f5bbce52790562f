namespace CampusG.Orders.Domain;

/// <summary>What a guarded state change did.</summary>
internal enum Transition
{
    /// <summary>The order moved.</summary>
    Applied,

    /// <summary>The order was already where the change leads (a repeated command): nothing changed.</summary>
    AlreadyApplied,

    /// <summary>The order's status does not allow the change: nothing changed.</summary>
    Rejected,
}
