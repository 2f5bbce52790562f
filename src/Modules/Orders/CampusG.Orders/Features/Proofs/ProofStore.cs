using CampusG.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using CampusG.Hosting;

namespace CampusG.Orders.Features;

/// <summary>
/// Proof images on disk: <c>{CampusG:DataDirectory}/proofs/{orderId}/{proofId}</c>, written whole or not at all, readable
/// by the service's user only (folders 0700, files 0600).
/// </summary>
internal sealed class ProofStore(IConfiguration configuration)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(configuration["CampusG:DataDirectory"] ?? "./data", "proofs"));

    /// <summary>Writes to a temporary file in the order's folder, then moves it into place.</summary>
    public async Task SaveAsync(Guid orderId, Guid proofId, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(_root, orderId.ToString("D"));
        PrivateFiles.CreateDirectory(_root);
        PrivateFiles.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{proofId:D}.tmp");
        await using (var file = new FileStream(temporary, PrivateFiles.NewFile()))
        {
            await file.WriteAsync(bytes, cancellationToken);
        }

        File.Move(temporary, PathOf(orderId, proofId), overwrite: true);
    }

    public void Delete(Guid orderId, Guid proofId) => File.Delete(PathOf(orderId, proofId));

    /// <summary>The stored bytes, or null when the file is missing.</summary>
    public Stream? OpenRead(Guid orderId, Guid proofId)
    {
        var path = PathOf(orderId, proofId);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(Guid orderId, Guid proofId) => Path.Combine(_root, orderId.ToString("D"), proofId.ToString("D"));
}
