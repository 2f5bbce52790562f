using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CampusG.ServiceDefaults.Telemetry;

internal static class LoggingExtensions
{
    private const string CorrelationIdHeader = "X-Correlation-Id";
    private const int MaxCorrelationIdLength = 128;

    /// <summary><c>Nested</c> (the default: .NET's JSON console, scopes in a <c>Scopes</c> array) or <c>Flat</c> (<see cref="FlatJsonConsoleFormatter"/>).</summary>
    public const string JsonFormatKey = "Logging:JsonFormat";

    public static IHostApplicationBuilder AddCampusGLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        var format = builder.Configuration[JsonFormatKey];
        if (string.Equals(format, "Flat", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddConsoleFormatter<FlatJsonConsoleFormatter, ConsoleFormatterOptions>();
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = FlatJsonConsoleFormatter.Name);
        }
        else if (format is not null && !string.Equals(format, "Nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{JsonFormatKey} is '{format}'; use Nested or Flat.");
        }

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return builder;
    }

    /// <summary>
    /// Puts the caller's <c>X-Correlation-Id</c>, when sent, into the scope of every log of the request and echoes it.
    /// A value that is too long or holds anything but printable ASCII is ignored (a response header could not carry it).
    /// </summary>
    public static WebApplication UseCorrelationIdScope(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CampusG.Http");
        app.Use(async (context, next) =>
        {
            var correlationId = context.Request.Headers[CorrelationIdHeader].ToString();
            if (correlationId.Length is 0 or > MaxCorrelationIdLength || correlationId.AsSpan().ContainsAnyExceptInRange(' ', '~'))
            {
                await next(context);
                return;
            }

            context.Response.Headers[CorrelationIdHeader] = correlationId;
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
            {
                await next(context);
            }
        });
        return app;
    }
}
