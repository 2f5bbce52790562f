using System.IO.Compression;
using CampusG.Web.Api;
using CampusG.Web.Components;
using CampusG.Web.Live;
using CampusG.Web.Session;
using CampusG.Web.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;

namespace CampusG.Web;

/// <summary>
/// The web UI (decision 018): Blazor with interactive server rendering and MudBlazor, served at <c>/</c>. Its pages
/// call the public API over HTTP (<see cref="CampusApiClient"/>), never a module's code.
/// </summary>
public static class WebUiExtensions
{
    private const string DisableAssetFallbackKey = "DisableStaticAssetNotFoundRuntimeFallback";
    // ASP.NET's switch for serving static assets as built (cached, precompressed) rather than as files that may change.
    private const string ReloadStaticAssets = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddCampusGWebUi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Static web assets (MudBlazor's css/js, blazor.web.js, ours) are served from the build output's manifest too,
        // not only in Development; a published app has them in wwwroot and the call changes nothing.
        builder.WebHost.UseStaticWebAssets();
        // Run from a build (not a publish), MapStaticAssets also maps a GET/HEAD fallback `{**path:file}` for files
        // added after the build; its method check runs before its file check, so it turned every unknown path into
        // a 405 for POST, PUT, DELETE, ... The UI's assets are all in the manifest: no fallback, unknown is 404.
        builder.Configuration[DisableAssetFallbackKey] ??= "true";
        // With a build manifest ASP.NET assumes development: every asset "no-cache", and a precompressed file it
        // cannot match to its source re-encoded uncompressed (MudBlazor's 613 KB css went out whole on every load).
        // Outside Development, serve them as built: fingerprinted files cached for a year, the rest compressed.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadStaticAssets] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(ReloadStaticAssets, "false")]);
        }

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // The SDK precompresses a package's assets only under their plain names; the fingerprinted names the page
        // links (MudBlazor's) are compressed on the way out instead, once per browser since they are cached.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // only static assets pass through it: no secrets to leak (BREACH)
            // gzip at its optimal level: MudBlazor's 613 KB css becomes 67 KB in about 50 ms. Brotli does 101 KB at its
            // fastest level and 69 KB at its optimal one, but that took a second of CPU per new browser.
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        AddUiServices(builder.Services);
        return builder;
    }

    /// <summary>Maps the pages and their assets. Call after authentication; unknown <c>/v1/...</c> routes stay JSON 404s.</summary>
    public static WebApplication MapCampusGWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(http => IsStaticAsset(http.Request.Path), assets => assets.UseResponseCompression());
        app.UseAntiforgery();
        app.MapStaticAssets();
        ProofImages.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void AddUiServices(IServiceCollection services)
    {
        services.AddSingleton<ApiBaseAddress>();
        services.AddScoped<UserSession>();
        services.AddScoped<LocalTime>();
        services.AddScoped<DevicePosition>();
        services.AddScoped<ProofImages>();
        services.AddScoped<NotificationFeed>();
        services.AddScoped<NotificationsSeen>();
        services.AddScoped<CircuitHandler, FeedCircuitHandler>();
        services.AddHttpClient<CampusApiClient>(ToApi(TimeSpan.FromSeconds(30)));
        services.AddHttpClient(ProofImages.HttpClientName, ToApi(TimeSpan.FromSeconds(30)));
        // A stream stays open for as long as the circuit: no overall timeout.
        services.AddHttpClient(NotificationFeed.HttpClientName, ToApi(Timeout.InfiniteTimeSpan));
    }

    private static Action<IServiceProvider, HttpClient> ToApi(TimeSpan timeout) => (services, client) =>
    {
        client.BaseAddress = services.GetRequiredService<ApiBaseAddress>().Value;
        client.Timeout = timeout;
    };

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/_content", StringComparison.Ordinal) || path.StartsWithSegments("/_framework", StringComparison.Ordinal);
}
