using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CampusG.Browser.Tests.Support;

/// <summary>A small real PNG (one colour), made in the test, for the receipt and delivery photos.</summary>
public static class TestPng
{
    public static byte[] Create(int width, int height, (byte R, byte G, byte B) colour)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Pixels(width, height, colour));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Pixels(int width, int height, (byte R, byte G, byte B) colour)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)]; // filter byte 0, then RGB
            for (var x = 0; x < width; x++)
            {
                (row[1 + (3 * x)], row[2 + (3 * x)], row[3 + (3 * x)]) = colour;
            }

            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
