using CampusG.Victim.Contracts;

namespace CampusG.Victim;

public sealed class VictimModule
{
    public static string Name => "Victim";
}

/// <summary>Breaks "a module's only public type is its module class".</summary>
public sealed class VictimLedger
{
    public int Balance { get; set; }

    public static VictimPoked Poke() => new(Guid.Empty);
}
