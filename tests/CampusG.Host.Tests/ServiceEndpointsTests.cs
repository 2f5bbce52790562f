using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.ServiceDefaults;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampusG.Host.Tests;

public sealed class ServiceEndpointsTests(CampusGHostFixture fixture) : IClassFixture<CampusGHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task HealthLive_Returns200Healthy()
    {
        using var response = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthReady_WithNoFailingChecks_Returns200()
    {
        using var response = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("checks").ValueKind);
    }

    [Fact]
    public async Task HealthReady_WhenAReadyCheckFails_Returns503ButLiveStays200()
    {
        await using var host = await CampusGHost.StartAsync(new CampusGHostOptions
        {
            ConfigureServices = builder => builder.Services.AddHealthChecks()
                .AddCheck("database", () => HealthCheckResult.Unhealthy("no connection"), [ServiceDefaultsExtensions.ReadyTag])
                .AddCheck("untagged", () => HealthCheckResult.Unhealthy("ignored by both probes")),
        });

        using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await host.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", checks["database"]);
        Assert.Equal("Healthy", checks["transport"]);
        Assert.DoesNotContain("untagged", checks.Keys);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Root_ServesTheWebUi()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>CampusG</title>", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_content/CampusG.Web/app.css", "text/css")]
    public async Task WebUiAssets_AreServedFromTheBuildOutput(string path, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{path} is empty");
    }

    [Fact]
    public async Task UnknownApiRoute_NextToTheWebUi_IsStillAJson404()
    {
        using var response = await _client.GetAsync(new Uri("/v1/no-such-route", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Metrics_Returns200PrometheusText()
    {
        // One request first, so the HTTP server metrics have a sample.
        using var warmUp = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));

        using var response = await _client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE ", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_Returns200JsonWithOpenApiVersionAndTitle()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("CampusG API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Docs_Returns200HtmlReferencePage()
    {
        using var response = await _client.GetAsync(new Uri("/docs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>CampusG API</title>", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrelationIdHeader_IsEchoedOnTheResponse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live", UriKind.Relative));
        request.Headers.Add("X-Correlation-Id", "order-123");

        using var response = await _client.SendAsync(request);

        Assert.Equal("order-123", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Theory]
    [InlineData("caf\u00e9")]
    [InlineData("a\u0001b")]
    [InlineData("\u007f")]
    public async Task CorrelationIdHeader_ThatAResponseCannotCarry_IsIgnored_NotA500(string value)
    {
        // Raw bytes on the socket: HttpClient itself refuses such header values before sending them.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(fixture.Host.BaseAddress.Host, fixture.Host.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Correlation-Id: {value}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(request));

        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Correlation-Id", response, StringComparison.OrdinalIgnoreCase);
    }
}
