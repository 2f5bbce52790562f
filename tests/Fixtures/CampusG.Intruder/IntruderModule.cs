using CampusG.Victim;

namespace CampusG.Intruder;

public sealed class IntruderModule
{
    /// <summary>Breaks "a module never calls another module's code".</summary>
    public static int ReadVictimBalance() => new VictimLedger().Balance;
}
