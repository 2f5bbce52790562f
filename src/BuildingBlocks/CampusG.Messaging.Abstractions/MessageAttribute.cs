namespace CampusG.Messaging;

/// <summary>
/// Names a message on the wire (its binding key, such as <c>order.created</c>; R-MSG-1 in docs/requirements.md).
/// Every message type carries one; CLR type names never travel.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class MessageAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
