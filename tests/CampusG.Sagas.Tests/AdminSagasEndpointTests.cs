using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Sagas.Domain;
using CampusG.Auth;
using CampusG.Users.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Sagas.Tests;

/// <summary><c>GET /v1/admin/sagas</c> over HTTP on the real host.</summary>
public sealed class AdminSagasEndpointTests
{
    [Fact]
    public async Task WithoutAToken_Is401()
    {
        await using var t = await SagaTestHost.StartAsync();

        using var response = await t.Host.Client.GetAsync(new Uri("/v1/admin/sagas", UriKind.Relative));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task ForANonAdmin_Is403()
    {
        await using var t = await SagaTestHost.StartAsync();

        using var response = await GetAsync(t, "/v1/admin/sagas", isAdmin: false);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task AnUnknownState_Is400()
    {
        await using var t = await SagaTestHost.StartAsync();

        using var response = await GetAsync(t, "/v1/admin/sagas?state=DANCING", isAdmin: true);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task ForAnAdmin_ListsSagasWithTheirSteps_AndFilters()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(t.Flow.PaymentInfo);
        await t.WaitForStepAsync("sent payment.authorize");

        using var all = await GetAsync(t, "/v1/admin/sagas?state=RUNNING&type=CreateOrder", isAdmin: true);
        using var completed = await GetAsync(t, "/v1/admin/sagas?state=COMPLETED", isAdmin: true);
        using var otherType = await GetAsync(t, "/v1/admin/sagas?type=AcceptOrder", isAdmin: true);

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var item = Assert.Single((await ItemsAsync(all)).EnumerateArray());
        Assert.Equal(t.Flow.OrderId.ToString(), item.GetProperty("correlationId").GetString());
        Assert.Equal("CreateOrder", item.GetProperty("type").GetString());
        Assert.Equal(SagaStates.Running, item.GetProperty("state").GetString());
        Assert.Equal("AuthorizePayment", item.GetProperty("currentStep").GetString());
        Assert.Equal(JsonValueKind.String, item.GetProperty("stepDeadline").ValueKind);
        Assert.Equal(
            ["order.created", "user.paymentInfoRetrieved"],
            item.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("message").GetString()));
        Assert.Equal("sent payment.authorize", item.GetProperty("steps")[1].GetProperty("outcome").GetString());
        Assert.Empty((await ItemsAsync(completed)).EnumerateArray());
        Assert.Empty((await ItemsAsync(otherType)).EnumerateArray());
    }

    private static async Task<HttpResponseMessage> GetAsync(SagaTestHost t, string path, bool isAdmin)
    {
        var token = t.Host.TokenFor(Guid.NewGuid(), isAdmin);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await t.Host.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ItemsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("status").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
    }
}
