using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.ServiceDefaults.Errors;
using CampusG.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Host.Tests;

public sealed class ErrorHandlingTests(TestEndpointsHostFixture fixture) : IClassFixture<TestEndpointsHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task UnknownRoute_Returns404NotFound()
    {
        using var response = await _client.GetAsync(new Uri("/v1/nothing-here", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, ApiErrorCodes.NotFound);
    }

    /// <summary>The web UI's static assets must not turn an unknown path into a 405 for methods other than GET.</summary>
    [Theory]
    [InlineData("POST", "/v1/nothing-here")]
    [InlineData("PUT", "/v1/orders/00000000-0000-0000-0000-000000000001/nothing")]
    [InlineData("DELETE", "/v1/nothing-here")]
    [InlineData("PATCH", "/not-a-page")]
    public async Task UnknownRoute_Returns404NotFound_WhateverTheMethod(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        using var response = await _client.SendAsync(request);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, ApiErrorCodes.NotFound);
    }

    [Fact]
    public async Task WrongMethod_Returns405MethodNotAllowed()
    {
        using var response = await _client.DeleteAsync(new Uri("/test/conflict", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.MethodNotAllowed, ApiErrorCodes.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("{\"name\":\"a\",\"count\":\"many\",\"status\":\"PENDING_PAYMENT\"}")]
    [InlineData("{\"name\":\"a\",\"count\":1,\"status\":\"NOT_A_STATUS\"}")]
    [InlineData("{\"name\":\"a\",\"count\":1,\"status\":0}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task MalformedJsonBody_Returns400InvalidJson(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, ApiErrorCodes.InvalidJson);
    }

    [Fact]
    public async Task NonJsonContentType_Returns415UnsupportedMediaType()
    {
        using var content = new StringContent("name=a", Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.UnsupportedMediaType, ApiErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task ValidJsonBody_RoundTripsEnumsAsUpperSnakeStrings()
    {
        using var content = new StringContent(
            "{\"name\":\"a\",\"count\":2,\"status\":\"ON_THE_WAY\"}", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"name\":\"a\",\"count\":2,\"status\":\"ON_THE_WAY\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnparsableQueryValue_Returns400ValidationFailed()
    {
        using var response = await _client.GetAsync(new Uri("/test/items?limit=many", UriKind.Relative));

        var errors = await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, ApiErrorCodes.ValidationFailed);
        Assert.Contains("limit", errors[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_Returns500InternalErrorWithoutExceptionText()
    {
        using var response = await _client.GetAsync(new Uri("/test/throw", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.InternalServerError, ApiErrorCodes.InternalError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(TestEndpoints), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiException_ReturnsItsStatusAndCode()
    {
        using var response = await _client.GetAsync(new Uri("/test/conflict", UriKind.Relative));

        var errors = await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_ALREADY_ACCEPTED");
        Assert.Equal("Another runner accepted this order first.", Assert.Single(errors).Detail);
    }

    [Fact]
    public async Task ValidationException_ReturnsOneEntryPerField()
    {
        using var response = await _client.GetAsync(new Uri("/test/validation", UriKind.Relative));

        var errors = await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, ApiErrorCodes.ValidationFailed);
        Assert.Collection(
            errors,
            e => Assert.Equal("email: must be an e-mail address", e.Detail),
            e => Assert.Equal("password: must have at least 8 characters", e.Detail));
        Assert.All(errors, e => Assert.Equal(ApiErrorCodes.ValidationFailed, e.Code));
    }

    [Theory]
    [InlineData("/test/unauthorized", HttpStatusCode.Unauthorized, ApiErrorCodes.Unauthenticated)]
    [InlineData("/test/forbidden", HttpStatusCode.Forbidden, ApiErrorCodes.Forbidden)]
    public async Task BareStatusCode_ReturnsItsErrorCode(string path, HttpStatusCode status, string code)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, status, code);
    }

    [Fact]
    public async Task MalformedJsonBody_WhenBindingFailuresAreNotThrown_StillReturns400InvalidJson()
    {
        await using var host = await CampusGHost.StartAsync(new CampusGHostOptions
        {
            // The framework's own default outside Development: a bare 400 with an empty body.
            ConfigureServices = builder => builder.Services.Configure<RouteHandlerOptions>(
                options => options.ThrowOnBadRequest = false),
            ConfigureApp = TestEndpoints.Map,
        });
        using var content = new StringContent("{\"name\":", Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, ApiErrorCodes.InvalidJson);
    }

    [Fact]
    public async Task ErrorBody_UsesStringStatusInTheContractShape()
    {
        using var response = await _client.GetAsync(new Uri("/test/conflict", UriKind.Relative));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray().ToArray());
        Assert.Equal(JsonValueKind.String, error.GetProperty("status").ValueKind);
        Assert.Equal("409", error.GetProperty("status").GetString());
    }
}
