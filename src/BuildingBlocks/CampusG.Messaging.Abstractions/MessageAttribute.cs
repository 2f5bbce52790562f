namespace CampusG.Messaging;

/// <summary>
/// Names a message on the wire (the seeds' binding key, such as <c>order.created</c>).
/// Every message type carries one; CLR type names never travel.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class MessageAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
