using System.Globalization;

namespace CampusG.ServiceDefaults.Errors;

/// <summary>One entry of the API error body. <see cref="Status"/> is the HTTP status as a string, as the API contract says.</summary>
public sealed record ApiError(string Status, string Code, string Detail)
{
    public static ApiError Create(int status, string code, string detail) =>
        new(status.ToString(CultureInfo.InvariantCulture), code, detail);
}

/// <summary>The body of every 4xx/5xx response: <c>{"errors":[{"status":"409","code":"...","detail":"..."}]}</c>.</summary>
public sealed record ApiErrorResponse(IReadOnlyList<ApiError> Errors);
