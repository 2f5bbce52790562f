using System.Diagnostics;
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
        // A deliberate 5xx (503 OVERLOADED while shedding load) is an answer, not a fault: no stack trace per request.
        if (status >= StatusCodes.Status500InternalServerError && exception is not ApiException)
        {
            LogServerError(logger, exception, status, httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            LogClientError(logger, status, errors[0].Code, httpContext.Request.Method, httpContext.Request.Path);
        }

        await ApiErrorWriter.WriteAsync(httpContext, status, errors, (exception as ApiException)?.RetryAfter);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed with {Status}")]
    private static partial void LogServerError(ILogger logger, Exception exception, int status, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {Method} {Path} rejected with {Status} {Code}")]
    private static partial void LogClientError(ILogger logger, int status, string code, string method, PathString path);
}
