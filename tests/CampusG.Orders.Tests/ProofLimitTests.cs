using System.Net;
using System.Runtime.Versioning;
using CampusG.Orders.Persistence;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary><c>RateLimits:ProofsPerOrder</c> (default 10), and how a proof image is stored and served.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ProofLimitTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private const int Limit = 10;

    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task TheEleventhProof_Is429RateLimited_WithRetryAfter()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        for (var i = 0; i < Limit; i++)
        {
            await _flow.ProofAsync(runner, order.OrderId, "receipt");
        }

        using var response = await _flow.UploadAsync(runner, order.OrderId, OrderFlow.Png);

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.Contains("10", detail, StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal(Limit, await CountProofsAsync(order.OrderId));
        Assert.Equal(Limit, CountFiles(order.OrderId));
    }

    [Fact]
    public async Task ConcurrentUploads_NeverStoreMoreThanTheLimit()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        var responses = await Task.WhenAll(Enumerable.Range(0, Limit + 6).Select(_ => _flow.UploadAsync(runner, order.OrderId, OrderFlow.Png)));

        var statuses = responses.Select(r => r.StatusCode).ToArray();
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal(Limit, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(Limit, await CountProofsAsync(order.OrderId));
        Assert.Equal(Limit, CountFiles(order.OrderId));
    }

    [Fact]
    public async Task TheLimit_IsASetting()
    {
        await using var host = await OrdersHostFixture.StartAsync(("RateLimits:ProofsPerOrder", "1"));
        var flow = new OrderFlow(host);
        var runner = Guid.NewGuid();
        var order = await flow.AcceptedAsync(Guid.NewGuid(), runner);
        await flow.ProofAsync(runner, order.OrderId, "receipt");

        using var second = await flow.UploadAsync(runner, order.OrderId, OrderFlow.Png);

        await ErrorAssert.HasErrorAsync(second, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
    }

    [Fact]
    public async Task AProofImage_IsServedInline_WithItsStoredType_AndNosniff()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.AcceptedAsync(customer, runner);
        var proof = await _flow.ProofAsync(runner, order.OrderId, "delivery");

        using var response = await fixture.Api.GetAsync(customer, $"/v1/orders/{order.OrderId}/proofs/{proof.ProofId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task AStoredProof_IsReadableByTheServiceUserOnly()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        var proof = await _flow.ProofAsync(runner, order.OrderId, "receipt");

        var folder = Path.Combine(fixture.Host.DataDirectory, "proofs", order.OrderId.ToString());
        var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(folder)!));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(folder, proof.ProofId.ToString())));
    }

    private async Task<int> CountProofsAsync(Guid orderId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Proofs.CountAsync(p => p.OrderId == orderId);
    }

    private int CountFiles(Guid orderId) =>
        Directory.GetFiles(Path.Combine(fixture.Host.DataDirectory, "proofs", orderId.ToString())).Length;
}
