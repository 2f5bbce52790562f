namespace CampusG.Web.Api;

/// <summary>An errand in the operators' overdue list: the order JSON's fields the page shows.</summary>
public sealed record OverdueOrder(
    Guid OrderId, Guid? RunnerId, string Status, string Description, string DeliveryLocation, DateTimeOffset UpdatedAt, bool Overdue);
