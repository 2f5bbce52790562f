using CampusG.Hosting;
using Microsoft.Extensions.Configuration;

namespace CampusG.Receipts.Features;

/// <summary>
/// Receipts on disk: <c>{CampusG:DataDirectory}/receipts/{receiptId}/v{n}.{html|json|pdf}</c>, written whole or not at all,
/// readable by the service's user only (folders 0700, files 0600).
/// </summary>
internal sealed class FileReceiptStore(IConfiguration configuration) : IReceiptStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(configuration["CampusG:DataDirectory"] ?? "./data", "receipts"));

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        PrivateFiles.CreateDirectory(_root);
        PrivateFiles.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        await using (var file = new FileStream(temporary, PrivateFiles.NewFile()))
        {
            await file.WriteAsync(content, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Keys are built from a GUID and a number only; anything else never reaches the disk.</summary>
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The key leaves the receipts folder.", nameof(key));
    }
}
