namespace CampusG.Riders.Domain;

/// <summary>
/// A user as a rider: whether they take deliveries now, where they said they wait, and their live position (one point,
/// overwritten by each update and erased when a delivery ends; never a history).
/// </summary>
internal sealed class Rider
{
    public Guid UserId { get; private init; }

    public bool Online { get; private set; }

    /// <summary>Where on campus the rider says they wait, in words.</summary>
    public string? Location { get; private set; }

    public double? Lat { get; private set; }

    public double? Lng { get; private set; }

    /// <summary>When the rider last went online or offline.</summary>
    public DateTime? Since { get; private set; }

    /// <summary>The last availability or location update; being online lapses some time after it.</summary>
    public DateTime LastSeenAt { get; private set; }

    /// <summary>Since when the rider has been free: the dispatcher prefers the longest idle when distances are unknown.</summary>
    public DateTime IdleSince { get; private set; }

    public double? PositionLat { get; private set; }

    public double? PositionLng { get; private set; }

    public DateTime? PositionAt { get; private set; }

    /// <summary>Grows with every availability change and every offer, so two offers of one rider cannot both commit.</summary>
    public long Version { get; private set; }

    public static Rider New(Guid userId, DateTime now) => new() { UserId = userId, LastSeenAt = now, IdleSince = now };

    public bool IsOnline(DateTime now, TimeSpan timeout) => Online && LastSeenAt >= now - timeout;

    /// <summary>Goes online or offline; a location or coordinates given replace the old ones, omitted ones stay.</summary>
    public void SetAvailability(bool online, string? location, (double Lat, double Lng)? point, DateTime now, TimeSpan timeout)
    {
        if (online != IsOnline(now, timeout))
        {
            Since = now;
            IdleSince = online ? now : IdleSince;
        }

        Online = online;
        Location = location ?? Location;
        (Lat, Lng) = point is { } p ? (p.Lat, p.Lng) : (Lat, Lng);
        LastSeenAt = now;
        Version++;
    }

    /// <summary>Where the dispatcher measures from: the live position while it is fresh, else where the rider said they wait.</summary>
    public (double Lat, double Lng)? DispatchPoint(DateTime now, TimeSpan timeout) =>
        PositionLat is { } lat && PositionLng is { } lng && PositionAt >= now - timeout ? (lat, lng)
        : Lat is { } waitLat && Lng is { } waitLng ? (waitLat, waitLng)
        : null;

    public (double Lat, double Lng, DateTime At)? Position =>
        PositionLat is { } lat && PositionLng is { } lng && PositionAt is { } at ? (lat, lng, at) : null;

    /// <summary>The dispatcher offered the rider an order: the row's version moves, so a racing offer of the same rider fails.</summary>
    public void Offered() => Version++;

    /// <summary>A delivery ended or was given back: the rider is free from now and their live position is erased.</summary>
    public void Freed(DateTime now)
    {
        IdleSince = now;
        (PositionLat, PositionLng, PositionAt) = (null, null, null);
        Version++;
    }
}
