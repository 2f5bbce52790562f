using CampusG.ServiceDefaults.Errors;
using CampusG.ServiceDefaults.Health;
using CampusG.ServiceDefaults.Http;
using CampusG.ServiceDefaults.Limits;
using CampusG.ServiceDefaults.OpenApi;
using CampusG.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.ServiceDefaults;

/// <summary>What every CampusG host has: errors, JSON, health, telemetry, logs, OpenAPI, security headers and limits.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag a health check with this to make <c>/health/ready</c> depend on it.</summary>
    public const string ReadyTag = HealthEndpoints.ReadyTag;

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCampusGLogging();
        builder.AddCampusGTelemetry();
        builder.Services.AddCampusGJson();
        builder.Services.AddApiErrorHandling();
        builder.Services.AddRequestLimits();
        builder.Services.AddHealthChecks();
        builder.Services.AddCampusGOpenApi();
        builder.AddCampusGRateLimits();
        return builder;
    }

    /// <summary>Adds the security headers, the error middleware and the request limits first, then maps health, <c>/metrics</c>, OpenAPI and <c>/docs</c>.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseApiErrorHandling();
        app.UseRequestLimits();
        app.UseCorrelationIdScope();
        app.UseCampusGRateLimits(app.Configuration);
        app.MapHealthEndpoints();
        app.MapPrometheusScrapingEndpoint();
        app.MapCampusGOpenApi();
        return app;
    }
}
