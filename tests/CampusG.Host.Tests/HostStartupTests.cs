using System.Net;
using CampusG.Testing;
using Microsoft.AspNetCore.Builder;

namespace CampusG.Host.Tests;

public sealed class HostStartupTests
{
    [Fact]
    public async Task TwoHosts_RunSideBySide_WithTheirOwnPortAndDataDirectory()
    {
        var first = await CampusGHost.StartAsync();
        var second = await CampusGHost.StartAsync();
        try
        {
            Assert.NotEqual(first.BaseAddress, second.BaseAddress);
            Assert.NotEqual(first.DataDirectory, second.DataDirectory);
            Assert.True(Directory.Exists(first.DataDirectory));
            Assert.True(Directory.Exists(second.DataDirectory));
            using var firstLive = await first.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
            using var secondLive = await second.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, firstLive.StatusCode);
            Assert.Equal(HttpStatusCode.OK, secondLive.StatusCode);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }

        Assert.False(Directory.Exists(first.DataDirectory));
        Assert.False(Directory.Exists(second.DataDirectory));
    }

    [Theory]
    [InlineData("CampusG:Modules", "Orderz")]
    [InlineData("Messaging:Transport", "Kafka")]
    public async Task UnknownName_FailsStartupWithAClearMessage(string key, string value)
    {
        var options = new CampusGHostOptions();
        options.Configuration[key] = value;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CampusGHost.StartAsync(options));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_WhenNoneConfigured_DefaultToLoopbackPort5080()
    {
        await WithUnstartedAppAsync([], (app, dataDirectory) =>
        {
            Assert.Equal("http://127.0.0.1:5080", app.Configuration["urls"]);
            Assert.Equal(dataDirectory, app.Configuration["CampusG:DataDirectory"]);
            Assert.True(Directory.Exists(dataDirectory));
        });
    }

    [Fact]
    public async Task Urls_FromArguments_WinOverTheDefault()
    {
        await WithUnstartedAppAsync(
            ["--urls=http://127.0.0.1:6123"],
            (app, _) => Assert.Equal("http://127.0.0.1:6123", app.Configuration["urls"]));
    }

    [Fact]
    public async Task Configuration_FromAppSettings_IsLoadedWhateverTheWorkingDirectory()
    {
        await WithUnstartedAppAsync([], (app, _) =>
        {
            Assert.Equal("Embedded", app.Configuration["CampusG:Mode"]);
            Assert.Equal("00:30:00", app.Configuration["Orders:AcceptanceWindow"]);
        });
    }

    private static async Task WithUnstartedAppAsync(string[] args, Action<WebApplication, string> assert)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "campusg-tests", Guid.NewGuid().ToString("N"));
        var app = CampusGApp.Create([.. args, $"--CampusG:DataDirectory={dataDirectory}"]);
        try
        {
            assert(app, dataDirectory);
        }
        finally
        {
            await app.DisposeAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
