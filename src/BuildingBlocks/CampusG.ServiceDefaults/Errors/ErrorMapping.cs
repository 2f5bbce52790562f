using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CampusG.ServiceDefaults.Errors;

/// <summary>Turns exceptions and bare status codes into the API error shape. The one place that decides codes.</summary>
internal static class ErrorMapping
{
    public static (int Status, IReadOnlyList<ApiError> Errors) FromException(Exception exception, string traceId) =>
        exception switch
        {
            ApiException api => (api.Status, api.Errors),
            BadHttpRequestException { InnerException: JsonFieldException field } => BadField(field),
            JsonFieldException field => BadField(field),
            BadHttpRequestException bad => FromBadRequest(bad),
            JsonException json => One(StatusCodes.Status400BadRequest, ApiErrorCodes.InvalidJson, InvalidJsonDetail(json)),
            _ => One(
                StatusCodes.Status500InternalServerError,
                ApiErrorCodes.InternalError,
                $"An unexpected error occurred. It has been logged with trace id {traceId}."),
        };

    /// <summary>An error for a response that ended with a status code and no body (unknown route, 405, bare 401, ...).</summary>
    public static ApiError FromStatus(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return status switch
        {
            // Minimal APIs answer a bad body with a bare 400 when RouteHandlerOptions.ThrowOnBadRequest is off.
            StatusCodes.Status400BadRequest when HasBody(context.Request) =>
                ApiError.Create(status, ApiErrorCodes.InvalidJson, InvalidJsonDetail(null)),
            StatusCodes.Status400BadRequest =>
                ApiError.Create(status, ApiErrorCodes.ValidationFailed, "A route, query or header value is missing or invalid."),
            _ => ForStatus(status, context.Request.Method),
        };
    }

    private static (int, IReadOnlyList<ApiError>) FromBadRequest(BadHttpRequestException exception) =>
        exception.StatusCode switch
        {
            StatusCodes.Status400BadRequest when IsBodyFailure(exception) =>
                One(StatusCodes.Status400BadRequest, ApiErrorCodes.InvalidJson, InvalidJsonDetail(exception.InnerException as JsonException)),
            // Route, query and header binding failures: the message names the parameter and the rejected value.
            StatusCodes.Status400BadRequest =>
                One(StatusCodes.Status400BadRequest, ApiErrorCodes.ValidationFailed, exception.Message),
            var status => (status, new[] { ForStatus(status, method: null) }),
        };

    private static ApiError ForStatus(int status, string? method) => status switch
    {
        StatusCodes.Status401Unauthorized =>
            ApiError.Create(status, ApiErrorCodes.Unauthenticated, "A valid bearer token is required."),
        StatusCodes.Status403Forbidden =>
            ApiError.Create(status, ApiErrorCodes.Forbidden, "You are not allowed to do this."),
        StatusCodes.Status404NotFound =>
            ApiError.Create(status, ApiErrorCodes.NotFound, "No resource exists at this path."),
        StatusCodes.Status405MethodNotAllowed =>
            ApiError.Create(status, ApiErrorCodes.MethodNotAllowed, $"This path does not accept {method ?? "this"} requests."),
        StatusCodes.Status413PayloadTooLarge =>
            ApiError.Create(status, ApiErrorCodes.PayloadTooLarge, "The request body is too large."),
        StatusCodes.Status415UnsupportedMediaType =>
            ApiError.Create(status, ApiErrorCodes.UnsupportedMediaType, "This endpoint does not accept the request's Content-Type."),
        StatusCodes.Status500InternalServerError =>
            ApiError.Create(status, ApiErrorCodes.InternalError, "An unexpected error occurred."),
        _ => FromReasonPhrase(status),
    };

    // Any other status gets its reason phrase as the code: 409 CONFLICT, 429 TOO_MANY_REQUESTS, 503 SERVICE_UNAVAILABLE.
    private static ApiError FromReasonPhrase(int status)
    {
        var phrase = ReasonPhrases.GetReasonPhrase(status);
        return phrase.Length == 0
            ? ApiError.Create(status, status >= 500 ? ApiErrorCodes.InternalError : "REQUEST_FAILED", "The request failed.")
            : ApiError.Create(status, ToCode(phrase), phrase + ".");
    }

    private static bool IsBodyFailure(BadHttpRequestException exception) =>
        exception.InnerException is JsonException
        || exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    private static (int, IReadOnlyList<ApiError>) BadField(JsonFieldException exception) =>
        One(StatusCodes.Status400BadRequest, ApiErrorCodes.ValidationFailed, $"{FieldOf(exception.Path)}: {exception.Message}");

    /// <summary><c>$.firstName</c> → <c>firstName</c>; <c>$.items[2].name</c> → <c>items[2].name</c>.</summary>
    private static string FieldOf(string? path) => path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string InvalidJsonDetail(JsonException? exception) =>
        exception?.Path is { Length: > 0 } path
            ? $"The request body is not valid JSON for this endpoint (at {path})."
            : "The request body is missing or is not valid JSON for this endpoint.";

    private static (int, IReadOnlyList<ApiError>) One(int status, string code, string detail) =>
        (status, [ApiError.Create(status, code, detail)]);

    private static string ToCode(string reasonPhrase)
    {
        var code = new StringBuilder(reasonPhrase.Length);
        foreach (var c in reasonPhrase)
        {
            code.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return code.ToString();
    }
}
