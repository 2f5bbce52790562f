using CampusG.Host;
using CampusG.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Testing;

/// <summary>
/// The real CampusG host on a free loopback port with its own temporary data directory.
/// Nothing is shared between instances, so several can run side by side in one test process.
/// </summary>
public sealed class CampusGHost : ICampusG
{
    private readonly WebApplication _app;

    private readonly bool _ownsDataDirectory;

    private readonly Func<Task>? _afterStop;

    private CampusGHost(WebApplication app, Uri baseAddress, string dataDirectory, bool ownsDataDirectory, Func<Task>? afterStop)
    {
        _app = app;
        _afterStop = afterStop;
        _ownsDataDirectory = ownsDataDirectory;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        Client = CreateClient();
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    /// <summary>A client for <see cref="BaseAddress"/>, disposed with the host.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<CampusGHost> StartAsync(CampusGHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CampusGHostOptions();
        var ownsDataDirectory = options.DataDirectory is null;
        var dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "campusg-tests", Guid.NewGuid().ToString("N"));
        WebApplication? app = null;
        try
        {
            app = CampusGApp.Create(Arguments(options, dataDirectory), options.ConfigureServices);
            options.ConfigureApp?.Invoke(app);
            await app.StartAsync(cancellationToken);
            var host = new CampusGHost(app, ListeningAddress(app), dataDirectory, ownsDataDirectory, options.AfterStop);
            if (options.WaitUntilReady)
            {
                await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), cancellationToken);
            }

            return host;
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (ownsDataDirectory)
            {
                DeleteDirectory(dataDirectory);
            }

            throw;
        }
    }

    /// <summary>Another client for this host (e.g. for a second user); the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// A bearer token for <paramref name="userId"/> with a session of its own, as a sign-in would give, for tests of
    /// hosts without the Users module.
    /// </summary>
    public string TokenFor(Guid userId, bool isAdmin = false) =>
        Services.GetRequiredService<TokenIssuer>().IssueAsync(userId, $"{userId:N}@campusg.test", isAdmin).GetAwaiter().GetResult().AccessToken;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_afterStop is not null)
        {
            await _afterStop();
        }

        if (_ownsDataDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200; fails with the last answer after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new TimeoutException($"{BaseAddress} was not ready within {timeout}: {last}");
    }

    private static string[] Arguments(CampusGHostOptions options, string dataDirectory)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            // Port 0: Kestrel picks a free port; the real one is read back after start.
            ["urls"] = "http://127.0.0.1:0",
            ["CampusG:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            // tests poll /health/ready while a host starts: not-ready answers are expected, not errors worth a log line
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
        };
        foreach (var (key, value) in options.Configuration)
        {
            settings[key] = value;
        }

        return [.. settings.Select(setting => $"--{setting.Key}={setting.Value}")];
    }

    private static Uri ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First());
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
