using CampusG.Web.Api;
using CampusG.Web.Components;
using CampusG.Web.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CampusG.Web;

/// <summary>
/// The web UI (decision 018): Blazor with interactive server rendering and MudBlazor, served at <c>/</c>. Its pages
/// call the public API over HTTP (<see cref="CampusApiClient"/>), never a module's code.
/// </summary>
public static class WebUiExtensions
{
    private const string DisableAssetFallbackKey = "DisableStaticAssetNotFoundRuntimeFallback";

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
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<ApiBaseAddress>();
        builder.Services.AddScoped<UserSession>();
        builder.Services.AddHttpClient<CampusApiClient>((services, client) =>
        {
            client.BaseAddress = services.GetRequiredService<ApiBaseAddress>().Value;
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    /// <summary>Maps the pages and their assets. Call after authentication; unknown <c>/v1/...</c> routes stay JSON 404s.</summary>
    public static WebApplication MapCampusGWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
