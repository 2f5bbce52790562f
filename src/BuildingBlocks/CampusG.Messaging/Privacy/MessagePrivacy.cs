using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using CampusG.Messaging.Serialization;

namespace CampusG.Messaging.Privacy;

/// <summary>
/// What a message type's contract marks as <see cref="SensitiveAttribute">sensitive</see>,
/// <see cref="InternalOnlyAttribute">internal only</see> and its <see cref="AddresseeAttribute">addressee</see>,
/// by the payload's JSON names (top-level fields: payloads are flat records).
/// </summary>
public sealed record MessagePrivacy(FrozenSet<string> Sensitive, FrozenSet<string> InternalOnly, string? Addressee)
{
    private static readonly ConcurrentDictionary<Type, MessagePrivacy> Cache = new();

    /// <summary>A type nothing is known of: its whole payload is withheld (see <see cref="PayloadRedaction"/>).</summary>
    public static MessagePrivacy Unknown { get; } = new([], [], null) { IsUnknown = true };

    public bool IsUnknown { get; private init; }

    public static MessagePrivacy Of(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return Cache.GetOrAdd(messageType, Read);
    }

    private static MessagePrivacy Read(Type type)
    {
        var marks = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Name: JsonName(p.Name), Attributes: AttributesOf(type, p)))
            .ToList();
        return new MessagePrivacy(
            Names<SensitiveAttribute>(marks),
            Names<InternalOnlyAttribute>(marks),
            Names<AddresseeAttribute>(marks).SingleOrDefault());
    }

    /// <summary>A positional record's attributes sit on its constructor parameter; a plain property's on itself.</summary>
    private static Attribute[] AttributesOf(Type type, PropertyInfo property)
    {
        var parameter = type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name);
        return [.. property.GetCustomAttributes(), .. parameter?.GetCustomAttributes() ?? []];
    }

    private static FrozenSet<string> Names<TAttribute>(List<(string Name, Attribute[] Attributes)> marks)
        where TAttribute : Attribute =>
        marks.Where(m => m.Attributes.OfType<TAttribute>().Any()).Select(m => m.Name).ToFrozenSet();

    private static string JsonName(string propertyName) =>
        EnvelopeSerializer.PayloadOptions.PropertyNamingPolicy?.ConvertName(propertyName) ?? propertyName;
}
