using Microsoft.AspNetCore.Http;

namespace CampusG.ServiceDefaults.Errors;

internal static class ApiErrorWriter
{
    /// <summary>Writes <c>{"errors":[...]}</c> as <c>application/json</c> with the host's JSON options.</summary>
    public static Task WriteAsync(HttpContext context, int status, IReadOnlyList<ApiError> errors)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ApiErrorResponse(errors), context.RequestAborted);
    }
}
