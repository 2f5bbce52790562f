namespace CampusG.ServiceDefaults.Errors;

/// <summary>
/// The one domain exception type: carries the HTTP status and the stable UPPER_SNAKE error code the API returns.
/// Several errors (one per invalid field) travel in <see cref="Errors"/>.
/// </summary>
public sealed class ApiException : Exception
{
    public ApiException(int status, string code, string detail, IReadOnlyList<ApiError>? additionalErrors = null)
        : base(detail)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(detail);
        Status = status;
        Code = code;
        Detail = detail;
        Errors = [ApiError.Create(status, code, detail), .. additionalErrors ?? []];
    }

    public int Status { get; }

    public string Code { get; }

    public string Detail { get; }

    /// <summary>Sent as <c>Retry-After</c> (whole seconds, rounded up): how long a client should wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>All entries for the response body: the primary error first, then any additional ones.</summary>
    public IReadOnlyList<ApiError> Errors { get; }
}
