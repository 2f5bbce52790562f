using System.Security.Cryptography;
using System.Text;

namespace CampusG.Messaging;

/// <summary>
/// A stable id derived from a name (RFC 9562 version 5 style, SHA-1): a command re-sent after a
/// retry carries the same business id, so its receiver can tell it is the same request.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
