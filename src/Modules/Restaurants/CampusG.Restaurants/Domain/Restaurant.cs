using CampusG.Restaurants.Contracts;

namespace CampusG.Restaurants.Domain;

/// <summary>What a restaurant is opened with; the texts already checked and trimmed.</summary>
internal sealed record RestaurantDetails(string Name, string? Description, string Location, double? Lat, double? Lng);

/// <summary>
/// A PATCH of a restaurant: a null name, location or status leaves it as it is; the description and the position
/// change only when <see cref="SetsDescription"/> or <see cref="SetsPosition"/> (null clears them).
/// </summary>
internal sealed record RestaurantEdit(
    string? Name, string? Location, string? Status, bool SetsDescription, string? Description, bool SetsPosition, double? Lat, double? Lng);

/// <summary>
/// A campus food outlet and its owner. <see cref="Version"/> counts its changes: an edit that changes something
/// bumps it (and a snapshot goes out with it); an edit to the values it already has changes nothing.
/// </summary>
internal sealed class Restaurant
{
    public Guid Id { get; private init; }

    public Guid OwnerId { get; private init; }

    public string Name { get; private set; } = "";

    /// <summary>The name in lower case: what <c>q</c> searches and the list is ordered by.</summary>
    public string NameKey { get; private set; } = "";

    public string? Description { get; private set; }

    public string Location { get; private set; } = "";

    public string Status { get; private set; } = RestaurantStatuses.Open;

    public double? Lat { get; private set; }

    public double? Lng { get; private set; }

    public long Version { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public static Restaurant Open(Guid ownerId, RestaurantDetails details, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OwnerId = ownerId,
        Name = details.Name,
        NameKey = KeyOf(details.Name),
        Description = details.Description,
        Location = details.Location,
        Lat = details.Lat,
        Lng = details.Lng,
        Version = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The search and ordering key of a name (and of a search text).</summary>
    public static string KeyOf(string text) => text.ToLowerInvariant();

    public bool IsManagedBy(Guid userId, bool isAdmin) => isAdmin || OwnerId == userId;

    /// <summary>Applies <paramref name="edit"/>; true (and a new version) only when something changed.</summary>
    public bool Apply(RestaurantEdit edit, DateTime now)
    {
        var before = (Name, Description, Location, Status, Lat, Lng);
        Name = edit.Name ?? Name;
        NameKey = KeyOf(Name);
        Location = edit.Location ?? Location;
        Status = edit.Status ?? Status;
        if (edit.SetsDescription)
        {
            Description = edit.Description;
        }

        if (edit.SetsPosition)
        {
            (Lat, Lng) = (edit.Lat, edit.Lng);
        }

        if (before == (Name, Description, Location, Status, Lat, Lng))
        {
            return false;
        }

        Version++;
        UpdatedAt = now;
        return true;
    }
}
