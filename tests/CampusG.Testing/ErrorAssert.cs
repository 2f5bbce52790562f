using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CampusG.ServiceDefaults.Errors;
using Xunit;

namespace CampusG.Testing;

/// <summary>Checks the API error shape: <c>{"errors":[{"status","code","detail"}]}</c>.</summary>
public static class ErrorAssert
{
    /// <summary>Asserts the API error shape with <paramref name="code"/> on every entry; returns the entries.</summary>
    public static async Task<IReadOnlyList<ApiError>> HasErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
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

    /// <summary>Asserts exactly one error entry, with <paramref name="code"/>; returns its detail.</summary>
    public static async Task<string> SingleAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Assert.Single(await HasErrorAsync(response, status, code)).Detail;

    /// <summary>Asserts a 400 VALIDATION_FAILED naming exactly <paramref name="fields"/>, one entry each.</summary>
    public static async Task HasValidationErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        var errors = await HasErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var named = errors.Select(e => e.Detail[..Math.Max(0, e.Detail.IndexOf(':', StringComparison.Ordinal))]).Order().ToArray();
        Assert.Equal(fields.Order().ToArray(), named);
    }
}
