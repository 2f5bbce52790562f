using CampusG.Hosting;
using Microsoft.Extensions.Configuration;

namespace CampusG.Receipts.Features;

/// <summary>
/// Receipts on disk: <c>{CampusG:DataDirectory}/receipts/{first two hex digits of the id}/{receiptId}.v{n}.{html|json|pdf}</c>,
/// written whole or not at all, readable by the service's user only (folders 0700, files 0600). 256 folders, each made
/// once, rather than a folder per receipt: a new folder cost the order path an ext4 inode allocation (2.5 % of the saga
/// benchmark's CPU). Files of the earlier layout, <c>receipts/{receiptId}/v{n}.{format}</c>, are still read.
/// </summary>
internal sealed class FileReceiptStore(IConfiguration configuration) : IReceiptStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(configuration["CampusG:DataDirectory"] ?? "./data", "receipts"));

    public Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            PrivateFiles.CreateDirectory(_root);
            PrivateFiles.CreateDirectory(directory);
        }

        // A receipt file is a few kilobytes: one unbuffered write on this thread. FileStream's asynchronous path (a
        // thread-pool hop per write, a buffer and its flush on dispose) was about 5 % of the saga benchmark's CPU.
        var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        var options = PrivateFiles.NewFile();
        options.BufferSize = 0;
        using (var file = new FileStream(temporary, options))
        {
            file.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { PathOf(key), Inside(key) })
        {
            if (File.Exists(path))
            {
                return await File.ReadAllBytesAsync(path, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>A key (<c>{receiptId:N}/v{n}.{format}</c>) as a file in its receipt id's shard folder.</summary>
    private string PathOf(string key)
    {
        var separator = key.IndexOf('/', StringComparison.Ordinal);
        if (separator < 2)
        {
            throw new ArgumentException("A receipt key is a receipt id and a file name.", nameof(key));
        }

        return Inside($"{key[..2]}/{key[..separator]}.{key[(separator + 1)..]}");
    }

    /// <summary>Keys are built from a GUID and a number only; anything else never reaches the disk.</summary>
    private string Inside(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The key leaves the receipts folder.", nameof(relative));
    }
}
