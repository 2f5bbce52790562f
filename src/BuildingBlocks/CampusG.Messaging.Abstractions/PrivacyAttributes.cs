namespace CampusG.Messaging;

/// <summary>
/// A secret or a card detail (a gateway token, a card's brand or last digits). It travels only to the step that
/// needs it and is removed wherever messages are recorded or shown, operators' views included.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>
/// A field for operators only (gateway references, failure details): the view of an order's event log made for
/// its customer, runner or restaurant owner leaves it out.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
public sealed class InternalOnlyAttribute : Attribute;

/// <summary>
/// The user a message is addressed to or about (a notification, a payment method look-up): a party's view of an
/// order's event log shows the message only to that user.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
public sealed class AddresseeAttribute : Attribute;
