using System.Runtime.Versioning;
using CampusG.Host.Distributed;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.Extensions.Configuration;

namespace CampusG.Host.Tests;

/// <summary>Secrets on disk are the service user's only; a distributed deployment's key comes from configuration.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = OwnerFile | UnixFileMode.UserExecute;

    [Fact]
    public async Task AfterStartUp_TheDataDirectoryKeyAndDatabases_AreOwnerOnly()
    {
        await using var host = await CampusGHost.StartAsync(new CampusGHostOptions { WaitUntilReady = true });

        var databases = Directory.GetFiles(host.DataDirectory, "*.db*");
        Assert.Equal(OwnerDirectory, File.GetUnixFileMode(host.DataDirectory));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(Path.Combine(host.DataDirectory, SigningKey.FileName)));
        Assert.Contains(databases, f => f.EndsWith("orders.db", StringComparison.Ordinal));
        Assert.Contains(databases, f => f.EndsWith("orders.db-wal", StringComparison.Ordinal));
        Assert.Contains(databases, f => f.EndsWith("orders.db-shm", StringComparison.Ordinal));
        Assert.All(databases, f => Assert.True(File.GetUnixFileMode(f) == OwnerFile, $"{f} is {File.GetUnixFileMode(f)}"));
    }

    [Fact]
    public async Task FilesAnOlderVersionLeftReadable_AreMadeOwnerOnlyAtStart()
    {
        var data = Directory.CreateTempSubdirectory("campusg-modes-").FullName;
        var proofs = Path.Combine(data, "proofs", Guid.NewGuid().ToString());
        Directory.CreateDirectory(proofs);
        var readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        var files = new[] { Path.Combine(data, SigningKey.FileName), Path.Combine(data, "users.db"), Path.Combine(proofs, "p1") };
        File.WriteAllText(files[0], SigningKey.Generate());
        File.WriteAllBytes(files[1], []);
        File.WriteAllBytes(files[2], [1, 2, 3]);
        Array.ForEach(files, f => File.SetUnixFileMode(f, readable));
        File.SetUnixFileMode(data, readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        try
        {
            await using (await CampusGHost.StartAsync(new CampusGHostOptions { DataDirectory = data, Configuration = { ["CampusG:Modules"] = "Timers" } }))
            {
                Assert.Equal(OwnerDirectory, File.GetUnixFileMode(data));
                Assert.Equal(OwnerDirectory, File.GetUnixFileMode(proofs));
                Assert.All(files, f => Assert.Equal(OwnerFile, File.GetUnixFileMode(f)));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task ADistributedModuleProcess_WithoutAKey_FailsAtStart_SayingWhatToSet()
    {
        var options = new CampusGHostOptions();
        options.Configuration["CampusG:Mode"] = "Distributed";
        options.Configuration["CampusG:Modules"] = "Users";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CampusGHost.StartAsync(options));

        Assert.Contains("Auth:SigningKey is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Auth__SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLauncher_MakesAKeyForItsRun_AndHandsItToItsChildrenInTheirEnvironment()
    {
        var data = Directory.CreateTempSubdirectory("campusg-launcher-").FullName;
        try
        {
            await using var launcher = CampusGApp.Create(["--CampusG:Mode=Distributed", $"--CampusG:DataDirectory={data}", "--Launcher:BasePort=0"]);

            var key = launcher.Configuration[SigningKey.ConfigurationKey];
            Assert.True(key is { Length: >= 32 }, "the launcher has no key");
            Assert.Contains(KeyValuePair.Create("Auth__SigningKey", key), ChildProcess.InheritedEnvironment(launcher.Configuration));
            Assert.False(File.Exists(Path.Combine(data, SigningKey.FileName)), "a distributed key must not be a file");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
