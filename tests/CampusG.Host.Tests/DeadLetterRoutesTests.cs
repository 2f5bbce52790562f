using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.Messaging.Transport;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Host.Tests;

public sealed class DeadLetterRoutesTests
{
    [Fact]
    public async Task DeadLetters_AreListedAndReplayedByAnAdmin_Only()
    {
        var options = new CampusGHostOptions();
        options.Configuration["CampusG:Modules"] = "Escrow";
        await using var host = await CampusGHost.StartAsync(options);
        var poison = new TransportMessage(Guid.NewGuid(), "escrow.holdFunds", "order-x", Encoding.UTF8.GetBytes("{broken"));
        await host.Services.GetRequiredService<IMessageTransport>().PublishAsync([poison], CancellationToken.None);

        using var anonymous = await host.Client.GetAsync(new Uri("/v1/admin/dead-letters", UriKind.Relative));
        await ErrorAssert.HasErrorAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        using var customer = await host.Client.SendAsync(Get(host, isAdmin: false));
        await ErrorAssert.HasErrorAsync(customer, HttpStatusCode.Forbidden, "FORBIDDEN");

        using var listed = await host.Client.SendAsync(Get(host, isAdmin: true));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var item = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("escrow", item.GetProperty("queue").GetString());
        Assert.Equal("unreadable", item.GetProperty("type").GetString());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());
        Assert.Equal("FAILED", item.GetProperty("status").GetString());

        var id = item.GetProperty("id").GetGuid();
        using var replay = await host.Client.SendAsync(Post(host, $"/v1/admin/dead-letters/{id}/replay"));
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        using var again = await host.Client.SendAsync(Post(host, $"/v1/admin/dead-letters/{id}/replay"));
        await ErrorAssert.HasErrorAsync(again, HttpStatusCode.Conflict, "DEAD_LETTER_ALREADY_REPLAYED");
        using var unknown = await host.Client.SendAsync(Post(host, $"/v1/admin/dead-letters/{Guid.NewGuid()}/replay"));
        await ErrorAssert.HasErrorAsync(unknown, HttpStatusCode.NotFound, "DEAD_LETTER_NOT_FOUND");
    }

    private static HttpRequestMessage Get(CampusGHost host, bool isAdmin) =>
        Authorized(host, new HttpRequestMessage(HttpMethod.Get, "/v1/admin/dead-letters"), isAdmin);

    private static HttpRequestMessage Post(CampusGHost host, string path) =>
        Authorized(host, new HttpRequestMessage(HttpMethod.Post, path), isAdmin: true);

    private static HttpRequestMessage Authorized(CampusGHost host, HttpRequestMessage request, bool isAdmin)
    {
        var token = host.TokenFor(Guid.NewGuid(), isAdmin);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
