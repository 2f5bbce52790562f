using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CampusG.ServiceDefaults.Errors;

/// <summary>The one exception handler: every exception leaves the host in the API error shape.</summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        var (status, errors) = ErrorMapping.FromException(exception, traceId);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogServerError(logger, exception, status, httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            LogClientError(logger, status, errors[0].Code, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (exception is ApiException { RetryAfter: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await ApiErrorWriter.WriteAsync(httpContext, status, errors);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed with {Status}")]
    private static partial void LogServerError(ILogger logger, Exception exception, int status, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {Method} {Path} rejected with {Status} {Code}")]
    private static partial void LogClientError(ILogger logger, int status, string code, string method, PathString path);
}
