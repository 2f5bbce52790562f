using CampusG.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Web.Gateway;

/// <summary>
/// The public address of a distributed CampusG: the public routes (docs/api.md) proxied (YARP) to the module processes named in
/// <c>Gateway:Modules:&lt;Module&gt; = http://host:port</c>.
/// </summary>
public static class GatewayExtensions
{
    public const string ModulesSection = HostRole.GatewayModulesSection;

    public static IHostApplicationBuilder AddCampusGGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var modules = new GatewayModules(builder.Configuration.GetSection(ModulesSection).GetChildren()
            .Where(module => !string.IsNullOrEmpty(module.Value))
            .ToDictionary(module => module.Key, module => new Uri(module.Value!), StringComparer.OrdinalIgnoreCase));
        builder.Services.AddSingleton(modules);
        builder.Services.AddReverseProxy().LoadFromMemory(GatewayRoutes.Routes(modules.Addresses), GatewayRoutes.Clusters(modules.Addresses));
        builder.Services.AddHttpClient(GatewayModules.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHealthChecks().AddCheck<ModulesHealthCheck>("modules", tags: ["ready"]);
        builder.Services.AddSingleton<GatewayOpenApi>();
        return builder;
    }

    /// <summary>Maps the proxied routes, the gateway's own dead-letter view over every module, and the OpenAPI document of them all.</summary>
    public static void MapCampusGGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReverseProxy();
        endpoints.MapDeadLetterFanOut();
        GatewayOpenApi.Map(endpoints);
    }
}

/// <summary>The module processes behind the gateway, by module name.</summary>
internal sealed class GatewayModules(IReadOnlyDictionary<string, Uri> addresses)
{
    public const string ClientName = "gateway-modules";

    public IReadOnlyDictionary<string, Uri> Addresses { get; } = addresses;
}
