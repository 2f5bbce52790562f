using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Host.Tests;

internal static class ErrorAssert
{
    /// <summary>Asserts the API error shape and returns its entries; the first carries <paramref name="code"/>.</summary>
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
            Assert.False(string.IsNullOrWhiteSpace(error.Detail));
        });
        Assert.Equal(code, body.Errors[0].Code);
        return body.Errors;
    }
}
