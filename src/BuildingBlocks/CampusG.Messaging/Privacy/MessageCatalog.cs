using System.Collections.Frozen;
using System.Reflection;
using CampusG.Messaging.Serialization;

namespace CampusG.Messaging.Privacy;

/// <summary>The message types of some contracts assemblies, by wire name: for a module that reads every message.</summary>
public sealed class MessageCatalog
{
    private readonly FrozenDictionary<string, Type> _types;

    private MessageCatalog(FrozenDictionary<string, Type> types) => _types = types;

    /// <summary>Every <c>[Message]</c> type of the assemblies that hold <paramref name="anchors"/>.</summary>
    public static MessageCatalog FromAssembliesOf(params Type[] anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        return new MessageCatalog(anchors.Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetCustomAttribute<MessageAttribute>() is not null)
            .ToFrozenDictionary(MessageName.Of));
    }

    public IEnumerable<Type> Types => _types.Values;

    /// <summary>The privacy marks of the type named <paramref name="wireName"/>; <see cref="MessagePrivacy.Unknown"/> for a type not in the catalog.</summary>
    public MessagePrivacy PrivacyOf(string wireName) =>
        _types.TryGetValue(wireName, out var type) ? MessagePrivacy.Of(type) : MessagePrivacy.Unknown;
}
