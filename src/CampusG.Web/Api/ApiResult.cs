using System.Net;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Web.Api;

/// <summary>An API call's outcome: its body on success, else the API's error entries (never an exception for a 4xx/5xx).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>The body of a successful call; only read after checking <see cref="Succeeded"/>.</summary>
    public T Body => Value ?? throw new InvalidOperationException($"The call failed: {Problem?.Message}");
}

/// <summary>A failed call: its HTTP status and the <c>{"errors":[...]}</c> entries, with the messages the UI shows.</summary>
public sealed class ApiProblem(int status, IReadOnlyList<ApiError> errors, TimeSpan? retryAfter = null)
{
    public const int NoAnswer = 0;

    public int Status { get; } = status;

    public IReadOnlyList<ApiError> Errors { get; } = errors;

    /// <summary>How long the API asked to wait (<c>Retry-After</c>), e.g. after too many sign-in attempts.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public string Code => Errors.Count > 0 ? Errors[0].Code : "UNKNOWN";

    public bool IsUnauthenticated => Status == (int)HttpStatusCode.Unauthorized;

    public bool IsForbidden => Status == (int)HttpStatusCode.Forbidden;

    /// <summary>Validation entries name their field first (<c>"foodFee: must be between 0.00 and 999.99."</c>).</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; } = errors
        .Where(IsFieldError)
        .GroupBy(e => e.Detail[..e.Detail.IndexOf(':', StringComparison.Ordinal)].Trim(), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => ErrorText.FieldMessage(g.Key, e.Detail))), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every entry that is not about one field, in words.</summary>
    public IReadOnlyList<string> OtherMessages => [.. Errors.Where(e => !IsFieldError(e)).Select(Describe)];

    /// <summary>
    /// Everything in one banner, field entries included and named ("Photo: must be a JPEG, PNG or WebP image."): for a
    /// place with no field to mark. Forms use <see cref="Shared.FormErrors"/>, which marks the fields it has.
    /// </summary>
    public string Message => string.Join(" ", OtherMessages
        .Concat(FieldErrors.Select(f => $"{ErrorText.FieldLabel(f.Key)}: {f.Value}"))
        .DefaultIfEmpty("Something went wrong."));

    public static ApiProblem Unreachable(string detail) =>
        new(NoAnswer, [new ApiError("0", "SERVICE_UNAVAILABLE", $"The CampusG service did not answer ({detail}). Try again shortly.")]);

    private static bool IsFieldError(ApiError e) => e.Code == ApiErrorCodes.ValidationFailed && e.Detail.Contains(':', StringComparison.Ordinal);

    private string Describe(ApiError error) => error.Code switch
    {
        ErrorText.RateLimited => ErrorText.TooManyAttempts(RetryAfter),
        ApiErrorCodes.Overloaded => ErrorText.Busy(RetryAfter),
        _ => ErrorText.Describe(error),
    };
}
