using Microsoft.AspNetCore.Http;

namespace CampusG.ServiceDefaults.Errors;

/// <summary>Factories for the common <see cref="ApiException"/>s: <c>throw ApiErrors.Conflict("ORDER_ALREADY_ACCEPTED", "...")</c>.</summary>
public static class ApiErrors
{
    /// <summary>A 400 <c>VALIDATION_FAILED</c> with one entry per bad field; each detail reads <c>field: detail</c>.</summary>
    public static ApiException Validation(params (string Field, string Detail)[] failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Length == 0)
        {
            throw new ArgumentException("At least one validation failure is required.", nameof(failures));
        }

        var errors = failures
            .Select(f => ApiError.Create(StatusCodes.Status400BadRequest, ApiErrorCodes.ValidationFailed, $"{f.Field}: {f.Detail}"))
            .ToArray();
        return new ApiException(StatusCodes.Status400BadRequest, ApiErrorCodes.ValidationFailed, errors[0].Detail, errors[1..]);
    }

    public static ApiException BadRequest(string code, string detail) => new(StatusCodes.Status400BadRequest, code, detail);

    public static ApiException Unauthenticated(string detail) =>
        new(StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, detail);

    public static ApiException Forbidden(string code, string detail) => new(StatusCodes.Status403Forbidden, code, detail);

    public static ApiException NotFound(string code, string detail) => new(StatusCodes.Status404NotFound, code, detail);

    public static ApiException Conflict(string code, string detail) => new(StatusCodes.Status409Conflict, code, detail);

    /// <summary>A 429 <c>RATE_LIMITED</c> that tells the client when to try again.</summary>
    public static ApiException RateLimited(TimeSpan retryAfter, string detail) =>
        new(StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimited, detail) { RetryAfter = retryAfter };

    /// <summary>A 503 <c>OVERLOADED</c>: nothing was done; try again after <paramref name="retryAfter"/>.</summary>
    public static ApiException Overloaded(TimeSpan retryAfter, string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, ApiErrorCodes.Overloaded, detail) { RetryAfter = retryAfter };

    public static ApiException Unprocessable(string code, string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, code, detail);
}
