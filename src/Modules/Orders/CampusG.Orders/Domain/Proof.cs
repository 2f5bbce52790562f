namespace CampusG.Orders.Domain;

/// <summary>A photo the runner uploaded for an order; the bytes live on disk, this is the metadata.</summary>
internal sealed class Proof
{
    public const string Receipt = "receipt";
    public const string Delivery = "delivery";

    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid UploadedBy { get; private init; }

    /// <summary><see cref="Receipt"/> or <see cref="Delivery"/>.</summary>
    public string Kind { get; private init; } = "";

    public string ContentType { get; private init; } = "";

    public long Size { get; private init; }

    public DateTime CreatedAt { get; private init; }

    public static bool IsKind(string? kind) => kind is Receipt or Delivery;

    public static Proof Of(Guid id, Guid orderId, Guid uploadedBy, string kind, string contentType, long size, DateTime now) => new()
    {
        Id = id, OrderId = orderId, UploadedBy = uploadedBy, Kind = kind, ContentType = contentType, Size = size, CreatedAt = now,
    };
}
