using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CampusG.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>Prefix of every ActivitySource and Meter the CampusG code creates.</summary>
    public const string SourcePrefix = "CampusG.*";

    public static IHostApplicationBuilder AddCampusGTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsInfrastructure(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(SourcePrefix))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SourcePrefix)
                .AddPrometheusExporter());

        // Traces leave the process only when a collector is configured (standard OTEL_EXPORTER_OTLP_* variables).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
