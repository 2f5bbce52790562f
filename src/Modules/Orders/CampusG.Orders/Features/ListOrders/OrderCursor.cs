using System.Buffers.Binary;
using System.Buffers.Text;

namespace CampusG.Orders.Features;

/// <summary>An opaque list position: base64url of the last item's creation ticks and id (newest-first order).</summary>
internal sealed record OrderCursor(DateTime CreatedAt, Guid Id)
{
    private const int Size = sizeof(long) + 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.Ticks);
        Id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor, or null when <paramref name="text"/> is not one this API handed out.</summary>
    public static OrderCursor? TryDecode(string text)
    {
        Span<byte> bytes = stackalloc byte[Size + 3];
        if (text.Length > 64 || !Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != Size)
        {
            return null;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new OrderCursor(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes[sizeof(long)..Size], bigEndian: true));
    }
}
