using System.Globalization;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.ServiceDefaults.Http;

/// <summary>
/// The request size limits of the API: a request line of at most 8 KB and headers of at most 32 KB in at most 100
/// fields, Kestrel's own defaults. Kestrel answers a request past its limits itself, with a bare status and no body;
/// so its limits are set twice as high and these are enforced here, where the answer can be in the error shape
/// (<c>414 URI_TOO_LONG</c>, <c>431 REQUEST_HEADER_FIELDS_TOO_LARGE</c>). Past Kestrel's raised limits it still answers
/// bare; so does a path it cannot decode (<c>%00</c>, invalid UTF-8), which never reaches the application.
/// </summary>
internal static class RequestLimits
{
    public const int MaxRequestLine = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 2 * MaxRequestLine;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
        });

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Check(context) is { } refusal)
            {
                await ApiErrorWriter.WriteAsync(context, int.Parse(refusal.Status, CultureInfo.InvariantCulture), [refusal]);
                return;
            }

            await next(context);
        });
        return app;
    }

    private static ApiError? Check(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        var line = request.Method.Length + target.Length + request.Protocol.Length + 2;
        if (line > MaxRequestLine)
        {
            return ApiError.Create(
                StatusCodes.Status414RequestUriTooLong, "URI_TOO_LONG", $"The request line must be at most {MaxRequestLine} bytes; it is {line}.");
        }

        var (count, bytes) = (0, 0L);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                (count, bytes) = (count + 1, bytes + name.Length + (value?.Length ?? 0) + 4); // "name: value\r\n"
            }
        }

        return count > MaxHeaderCount || bytes > MaxHeaderBytes
            ? ApiError.Create(
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "REQUEST_HEADER_FIELDS_TOO_LARGE",
                $"The request headers must be at most {MaxHeaderBytes} bytes in at most {MaxHeaderCount} fields; they are {bytes} bytes in {count}.")
            : null;
    }
}
