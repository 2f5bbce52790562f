using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Tests;

internal static class ErrorAssert
{
    /// <summary>Asserts the API error shape with <paramref name="code"/> on every entry; returns the entries.</summary>
    public static async Task<IReadOnlyList<ApiError>> HasErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<ApiErrorResponse>();
        Assert.NotNull(body);
        Assert.NotEmpty(body.Errors);
        var expectedStatus = ((int)status).ToString(CultureInfo.InvariantCulture);
        Assert.All(body.Errors, error =>
        {
            Assert.Equal(expectedStatus, error.Status);
            Assert.Equal(code, error.Code);
            Assert.False(string.IsNullOrWhiteSpace(error.Detail));
        });
        return body.Errors;
    }

    /// <summary>Asserts a 400 VALIDATION_FAILED naming exactly <paramref name="fields"/>, one entry each.</summary>
    public static async Task HasValidationErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        var errors = await HasErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var named = errors.Select(e => e.Detail[..Math.Max(0, e.Detail.IndexOf(':', StringComparison.Ordinal))]).Order().ToArray();
        Assert.Equal(fields.Order().ToArray(), named);
    }
}
