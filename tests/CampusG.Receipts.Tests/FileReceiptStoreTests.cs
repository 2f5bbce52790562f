using System.Text;
using CampusG.Receipts.Features;
using Microsoft.Extensions.Configuration;

namespace CampusG.Receipts.Tests;

/// <summary>The file system store: its shard folders, and files of the earlier folder-per-receipt layout.</summary>
public sealed class FileReceiptStoreTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("campusg-receipts-").FullName;

    [Fact]
    public async Task AFile_GoesInItsIdsShardFolder_AndReadsBack()
    {
        var store = Store();
        var id = Guid.NewGuid();
        var key = ReceiptKeys.For(id, 1, ReceiptKeys.Html);

        await store.SaveAsync(key, Encoding.UTF8.GetBytes("<p>v1</p>"), ReceiptKeys.ContentType(ReceiptKeys.Html), CancellationToken.None);

        var shard = Path.Combine(_data, "receipts", id.ToString("N")[..2]);
        Assert.Equal([Path.Combine(shard, $"{id:N}.v1.html")], Directory.GetFiles(shard));
        Assert.False(Directory.Exists(Path.Combine(_data, "receipts", id.ToString("N"))));
        Assert.Equal("<p>v1</p>", Encoding.UTF8.GetString((await store.ReadAsync(key, CancellationToken.None))!));
    }

    [Fact]
    public async Task AFileOfTheEarlierLayout_IsStillRead_AndAMissingOneIsNull()
    {
        var store = Store();
        var id = Guid.NewGuid();
        var folder = Directory.CreateDirectory(Path.Combine(_data, "receipts", id.ToString("N")));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "v2.pdf"), "%PDF-earlier");

        var read = await store.ReadAsync(ReceiptKeys.For(id, 2, ReceiptKeys.Pdf), CancellationToken.None);

        Assert.Equal("%PDF-earlier", Encoding.ASCII.GetString(read!));
        Assert.Null(await store.ReadAsync(ReceiptKeys.For(id, 3, ReceiptKeys.Pdf), CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private FileReceiptStore Store() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CampusG:DataDirectory"] = _data }).Build());
}
