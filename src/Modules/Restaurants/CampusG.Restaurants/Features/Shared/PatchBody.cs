using System.Runtime.CompilerServices;

namespace CampusG.Restaurants.Features;

/// <summary>
/// A PATCH body that remembers which fields were sent, so a field left out keeps its value while one sent as
/// <c>null</c> clears it (where clearing is allowed): each property's <c>init</c> calls <see cref="Sent{T}"/>.
/// </summary>
internal abstract class PatchBody
{
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    /// <summary>Whether the body named the property (by its C# name, e.g. <c>nameof(Lat)</c>).</summary>
    public bool Has(string property) => _sent.Contains(property);

    protected T Sent<T>(T value, [CallerMemberName] string property = "")
    {
        _sent.Add(property);
        return value;
    }
}
