using System.Globalization;

namespace CampusG.Users.Features;

/// <summary>The key of a fact that can happen more than once on an order, made of who and when.</summary>
internal static class FactKeys
{
    public static string Of(Guid userId, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{userId:N}:{at.UtcTicks}");
}
