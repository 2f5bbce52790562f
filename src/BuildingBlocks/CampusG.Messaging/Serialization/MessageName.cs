using System.Reflection;

namespace CampusG.Messaging.Serialization;

/// <summary>The wire name of a message type, read once from its <see cref="MessageAttribute"/>.</summary>
public static class MessageName
{
    public static string Of<TMessage>()
        where TMessage : class => Cache<TMessage>.Name;

    public static string Of(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return messageType.GetCustomAttribute<MessageAttribute>()?.Name
            ?? throw new InvalidOperationException(
                $"{messageType.FullName} has no [Message(\"...\")] attribute; every message needs an explicit wire name.");
    }

    private static class Cache<TMessage>
        where TMessage : class
    {
        public static readonly string Name = Of(typeof(TMessage));
    }
}
