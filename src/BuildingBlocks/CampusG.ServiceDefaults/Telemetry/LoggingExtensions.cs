using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampusG.ServiceDefaults.Telemetry;

internal static class LoggingExtensions
{
    private const string CorrelationIdHeader = "X-Correlation-Id";
    private const int MaxCorrelationIdLength = 128;

    public static IHostApplicationBuilder AddCampusGLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
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
