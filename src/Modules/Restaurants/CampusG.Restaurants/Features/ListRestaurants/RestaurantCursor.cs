using System.Buffers.Text;
using System.Text;

namespace CampusG.Restaurants.Features;

/// <summary>An opaque list position: base64url of the last restaurant's id and its name key (name order).</summary>
internal sealed record RestaurantCursor(string NameKey, Guid Id)
{
    private const int IdSize = 16;

    /// <summary>Longer than any cursor this API hands out (a 100-character name key is at most 400 UTF-8 bytes).</summary>
    private const int MaxText = 600;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Encode()
    {
        var bytes = new byte[IdSize + Strict.GetByteCount(NameKey)];
        Id.TryWriteBytes(bytes, bigEndian: true, out _);
        Strict.GetBytes(NameKey, bytes.AsSpan(IdSize));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor, or null when <paramref name="text"/> is not one this API handed out.</summary>
    public static RestaurantCursor? TryDecode(string text)
    {
        if (text.Length is 0 or > MaxText || !Base64Url.IsValid(text))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(text);
        if (bytes.Length < IdSize)
        {
            return null;
        }

        try
        {
            return new RestaurantCursor(Strict.GetString(bytes, IdSize, bytes.Length - IdSize), new Guid(bytes.AsSpan(0, IdSize), bigEndian: true));
        }
        catch (ArgumentException)
        {
            return null; // not UTF-8
        }
    }
}
