namespace CampusG.Orders.Domain;

/// <summary>
/// A photo uploaded for an order (the runner's receipt or handover photo, the customer's photo of a problem); the bytes
/// live on disk, this is the metadata.
/// </summary>
internal sealed class Proof
{
    public const string Receipt = "receipt";
    public const string Delivery = "delivery";

    /// <summary>The customer's photo for a problem report, from DELIVERED on.</summary>
    public const string Issue = "issue";

    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid UploadedBy { get; private init; }

    /// <summary><see cref="Receipt"/>, <see cref="Delivery"/> or <see cref="Issue"/>.</summary>
    public string Kind { get; private init; } = "";

    public string ContentType { get; private init; } = "";

    public long Size { get; private init; }

    public DateTime CreatedAt { get; private init; }

    public static bool IsKind(string? kind) => kind is Receipt or Delivery or Issue;

    /// <summary>The kinds the order's runner uploads; its customer uploads only <see cref="Issue"/>.</summary>
    public static bool IsRunnerKind(string kind) => kind is Receipt or Delivery;

    public static Proof Of(Guid id, Guid orderId, Guid uploadedBy, string kind, string contentType, long size, DateTime now) => new()
    {
        Id = id, OrderId = orderId, UploadedBy = uploadedBy, Kind = kind, ContentType = contentType, Size = size, CreatedAt = now,
    };
}
