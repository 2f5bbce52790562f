using System.Net;
using System.Net.Sockets;
using System.Text;
using CampusG.Testing;

namespace CampusG.Host.Tests;

/// <summary>Requests past the size limits answer in the error shape where Kestrel lets the application answer.</summary>
public sealed class RequestLimitsTests(TestEndpointsHostFixture fixture) : IClassFixture<TestEndpointsHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task ARequestLineOver8KB_Is414UriTooLong_InTheErrorShape()
    {
        using var response = await _client.GetAsync(new Uri("/v1/orders?q=" + new string('a', 9000), UriKind.Relative));

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.RequestUriTooLong, "URI_TOO_LONG");
        Assert.Contains("8192", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 40 * 1024)]
    [InlineData(120, 10)]
    public async Task HeadersOver32KBOr100Fields_Are431_InTheErrorShape(int fields, int size)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live", UriKind.Relative));
        for (var i = 0; i < fields; i++)
        {
            request.Headers.Add($"X-Filler-{i}", new string('h', size));
        }

        using var response = await _client.SendAsync(request);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "REQUEST_HEADER_FIELDS_TOO_LARGE");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task RequestsWithinTheLimits_AreServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live?q=" + new string('a', 7000), UriKind.Relative));
        request.Headers.Add("X-Filler", new string('h', 30 * 1024));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>What Kestrel refuses before the application runs gets a bare status, as docs/api.md says.</summary>
    [Theory]
    [InlineData("GET /v1/orders/%00 HTTP/1.1\r\nHost: x\r\n\r\n", "400")]
    [InlineData("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Huge: {0}\r\n\r\n", "431")]
    public async Task WhatKestrelRefusesItself_IsABareStatus(string raw, string status)
    {
        var response = await SendRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, raw, new string('h', 70 * 1024)));

        Assert.StartsWith($"HTTP/1.1 {status} ", response, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 0", response, StringComparison.Ordinal);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Host.BaseAddress.Host, fixture.Host.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }
}
