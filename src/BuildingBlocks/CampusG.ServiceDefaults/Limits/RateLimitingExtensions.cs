using System.Net;
using System.Threading.RateLimiting;
using CampusG.Hosting;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.ServiceDefaults.Limits;

/// <summary>
/// ASP.NET Core's rate limiter with the API's 429 answer; modules add their policies with
/// <c>AddRateLimiter(options =&gt; options.AddPolicy(...))</c> and name them on their routes.
/// </summary>
public static class RateLimitingExtensions
{
    public static IHostApplicationBuilder AddCampusGRateLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.SectionName));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => new ValueTask(ApiErrorWriter.WriteAsync(
                context.HttpContext,
                StatusCodes.Status429TooManyRequests,
                [ApiError.Create(StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimited, "Too many requests; try again later.")],
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1)));
        });
        return builder;
    }

    /// <summary>
    /// A module process of a distributed CampusG is reached only through the gateway, which names the client in
    /// <c>X-Forwarded-For</c>; everywhere else the connection's own address is the client's.
    /// </summary>
    public static WebApplication UseCampusGRateLimits(this WebApplication app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        if (HostRole.From(configuration).IsBehindGateway)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        app.UseRateLimiter();
        return app;
    }

    /// <summary>The client's address, the partition key of per-address limits.</summary>
    public static string ClientAddress(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
    }
}
