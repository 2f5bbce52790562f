namespace CampusG.Riders;

/// <summary>Configuration section <c>Riders</c>.</summary>
internal sealed class RidersOptions
{
    public const string SectionName = "Riders";

    /// <summary>Being online lapses after this long without an availability or location update (<c>Riders:OnlineTimeout</c>).</summary>
    public TimeSpan OnlineTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The rider's speed for the ETA (<c>Riders:SpeedMetersPerSecond</c>, walking pace by default).</summary>
    public double SpeedMetersPerSecond { get; set; } = 1.4;
}
