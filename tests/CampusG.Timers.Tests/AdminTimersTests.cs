using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Auth;
using CampusG.Testing;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Timers.Tests;

/// <summary><c>GET /v1/admin/timers</c> on a real host.</summary>
public sealed class AdminTimersTests
{
    [Fact]
    public async Task ListTimers_NeedsAnAdminToken()
    {
        await using var host = await TimersHost.StartAsync();

        using var anonymous = await host.Client.GetAsync(new Uri("/v1/admin/timers", UriKind.Relative));
        using var asUser = await GetAsync(host, "/v1/admin/timers", isAdmin: false);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("UNAUTHENTICATED", await ErrorCodeAsync(anonymous));
        Assert.Equal(HttpStatusCode.Forbidden, asUser.StatusCode);
        Assert.Equal("FORBIDDEN", await ErrorCodeAsync(asUser));
    }

    [Fact]
    public async Task ListTimers_ShowsTimersNewestFirst_FilteredByStatus()
    {
        await using var host = await TimersHost.StartAsync();
        var older = TimerMessagesTests.NewStart(TimeSpan.FromHours(1));
        var newer = TimerMessagesTests.NewStart(TimeSpan.FromHours(2));
        await host.Probe().SendAsync(older, older.OrderId.ToString());
        await host.Probe().WaitForAsync<TimerStarted>(s => s.TimerId == older.TimerId);
        await host.Probe().SendAsync(newer, newer.OrderId.ToString());
        await host.Probe().SendAsync(new CancelTimer(newer.TimerId), newer.OrderId.ToString());
        await host.Probe().WaitForAsync<TimerCancelled>();

        using var all = await GetAsync(host, "/v1/admin/timers", isAdmin: true);
        using var scheduled = await GetAsync(host, "/v1/admin/timers?status=SCHEDULED", isAdmin: true);

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var items = await ItemsAsync(all);
        Assert.Equal([newer.TimerId, older.TimerId], items.Select(i => i.GetProperty("timerId").GetGuid()));
        Assert.Equal("CANCELLED", items[0].GetProperty("status").GetString());
        Assert.Equal(older.OrderId, items[1].GetProperty("orderId").GetGuid());
        Assert.Equal(older.DueAt, items[1].GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("firedAt").ValueKind);
        Assert.Equal([older.TimerId], (await ItemsAsync(scheduled)).Select(i => i.GetProperty("timerId").GetGuid()));
    }

    [Fact]
    public async Task ListTimers_WithAnUnknownStatus_IsAValidationError()
    {
        await using var host = await TimersHost.StartAsync();

        using var response = await GetAsync(host, "/v1/admin/timers?status=SLEEPING", isAdmin: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VALIDATION_FAILED", await ErrorCodeAsync(response));
    }

    private static async Task<HttpResponseMessage> GetAsync(CampusGHost host, string path, bool isAdmin)
    {
        var token = host.TokenFor(Guid.NewGuid(), isAdmin);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("errors")[0].GetProperty("code").GetString();
    }
}
