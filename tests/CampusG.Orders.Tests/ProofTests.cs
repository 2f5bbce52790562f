using System.Net;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class ProofTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Upload_StoresTheImage_AndItsMetadata()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        using var response = await _flow.UploadAsync(runner, order.OrderId, OrderFlow.Png, "delivery", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var proof = await OrdersApi.ReadAsync<ProofResponse>(response);
        Assert.Equal(("delivery", "image/png", (long)OrderFlow.Png.Length), (proof.Kind, proof.ContentType, proof.Size));
        var path = Path.Combine(fixture.Host.DataDirectory, "proofs", order.OrderId.ToString(), proof.ProofId.ToString());
        Assert.Equal(OrderFlow.Png, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Download_ByCustomerOrRunner_GivesTheBytes_ByStranger404()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.AcceptedAsync(customer, runner);
        var proof = await _flow.ProofAsync(runner, order.OrderId, "receipt");
        var path = $"/v1/orders/{order.OrderId}/proofs/{proof.ProofId}";

        foreach (var reader in new[] { customer, runner })
        {
            using var response = await fixture.Api.GetAsync(reader, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(OrderFlow.Jpeg, await response.Content.ReadAsByteArrayAsync());
        }

        using var stranger = await fixture.Api.GetAsync(Guid.NewGuid(), path);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        using var unknown = await fixture.Api.GetAsync(customer, $"/v1/orders/{order.OrderId}/proofs/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Upload_NotAnImage_Is400_EvenWhenItClaimsToBeOne()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        using var response = await _flow.UploadAsync(runner, order.OrderId, "GIF89a not allowed"u8.ToArray(), "receipt", "image/png");

        await ErrorAssert.HasValidationErrorsAsync(response, "file");
    }

    [Fact]
    public async Task Upload_BadKind_OrNoKind_Is400()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        foreach (var kind in new[] { "selfie", null })
        {
            using var response = await _flow.UploadAsync(runner, order.OrderId, OrderFlow.Png, kind);
            await ErrorAssert.HasValidationErrorsAsync(response, "kind");
        }
    }

    [Fact]
    public async Task Upload_WithoutFile_Is400()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        using var form = new MultipartFormDataContent { { new StringContent("receipt"), "kind" } };

        using var response = await fixture.Api.PostFormAsync(runner, $"/v1/orders/{order.OrderId}/proofs", form);

        await ErrorAssert.HasValidationErrorsAsync(response, "file");
    }

    [Theory]
    [InlineData(5 * 1024 * 1024 + 1)]
    [InlineData(7 * 1024 * 1024)]
    public async Task Upload_OverFiveMegabytes_Is400(int size)
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var bytes = new byte[size];
        OrderFlow.Png.CopyTo(bytes, 0);

        using var response = await _flow.UploadAsync(runner, order.OrderId, bytes);

        await ErrorAssert.HasValidationErrorsAsync(response, "file");
    }

    [Fact]
    public async Task Upload_ByCustomerOrStranger_Is404()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        foreach (var caller in new[] { customer, Guid.NewGuid() })
        {
            using var response = await _flow.UploadAsync(caller, order.OrderId, OrderFlow.Png);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }
}
