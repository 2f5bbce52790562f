using Microsoft.AspNetCore.Http;

namespace CampusG.ServiceDefaults.Errors;

internal static class ApiErrorWriter
{
    /// <summary>Writes <c>{"errors":[...]}</c> as <c>application/json</c> with the host's JSON options.</summary>
    public static Task WriteAsync(HttpContext context, int status, IReadOnlyList<ApiError> errors, TimeSpan? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return context.Response.WriteAsJsonAsync(new ApiErrorResponse(errors), context.RequestAborted);
    }

    /// <summary>At least one second: <c>Retry-After: 0</c> would invite an immediate retry.</summary>
    public static long RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
}
