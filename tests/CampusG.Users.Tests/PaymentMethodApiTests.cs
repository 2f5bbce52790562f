using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.Testing;
using CampusG.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Users.Tests;

/// <summary><c>PUT /v1/users/me/payment-method</c> on the real host, with the simulated gateway.</summary>
public sealed class PaymentMethodApiTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    private const string Path = "/v1/users/me/payment-method";
    private const string Visa = "4242424242424242";

    private static int NextYear => DateTime.UtcNow.Year + 1;

    [Fact]
    public async Task Save_TokenizesTheCard_AndShowsItOnMe()
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        using var response = await client.PutAsJsonAsync(Path, Card(Visa));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["brand", "last4", "expMonth", "expYear"], saved.EnumerateObject().Select(p => p.Name));
        Assert.Equal("visa", saved.GetProperty("brand").GetString());
        Assert.Equal("4242", saved.GetProperty("last4").GetString());
        Assert.Equal(12, saved.GetProperty("expMonth").GetInt32());
        Assert.Equal(NextYear, saved.GetProperty("expYear").GetInt32());
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/users/me");
        Assert.Equal(saved.GetRawText(), me.GetProperty("paymentMethod").GetRawText());
    }

    [Fact]
    public async Task Save_ReplacesAnEarlierCard()
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        (await client.PutAsJsonAsync(Path, Card(Visa))).Dispose();

        using var response = await client.PutAsJsonAsync(Path, Card("5555555555554444"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/users/me");
        Assert.Equal("mastercard", me.GetProperty("paymentMethod").GetProperty("brand").GetString());
        Assert.Equal("4444", me.GetProperty("paymentMethod").GetProperty("last4").GetString());
    }

    [Theory]
    [InlineData("cardNumber", "4242424242424241", 12, 1, "123")]
    [InlineData("cardNumber", "4242-4242-4242-4242", 12, 1, "123")]
    [InlineData("expMonth", Visa, 13, 1, "123")]
    [InlineData("expYear", Visa, 12, -2, "123")]
    [InlineData("cvc", Visa, 12, 1, "12")]
    public async Task Save_WithABadField_Returns400NamingIt(string field, string number, int month, int yearsAhead, string cvc)
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        using var response = await client.PutAsJsonAsync(Path, new { cardNumber = number, expMonth = month, expYear = DateTime.UtcNow.Year + yearsAhead, cvc });

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.StartsWith(field + ":", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithALastMonthExpiry_Returns400()
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var lastMonth = DateTime.UtcNow.AddMonths(-1);

        using var response = await client.PutAsJsonAsync(Path, new { cardNumber = Visa, expMonth = lastMonth.Month, expYear = lastMonth.Year, cvc = "123" });

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains("expired", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WhenTheGatewayRefusesTheCard_Returns402_AndKeepsNoCard()
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        using var response = await client.PutAsJsonAsync(Path, Card("4000000000000127"));

        await ErrorAssert.SingleAsync(response, HttpStatusCode.PaymentRequired, "CARD_REJECTED");
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/users/me");
        Assert.Equal(JsonValueKind.Null, me.GetProperty("paymentMethod").ValueKind);
    }

    [Fact]
    public async Task Save_WithoutAToken_Returns401()
    {
        using var response = await fixture.Client.PutAsJsonAsync(Path, Card(Visa));

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task TheCardNumber_IsNowhereInTheDatabaseFiles()
    {
        const string number = "4000056655665556";
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        using var response = await client.PutAsJsonAsync(Path, Card(number));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Encoding.UTF8.GetString(await DatabaseBytesAsync());
        Assert.Contains(await GatewayTokenAsync(userId), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(number, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(number, Encoding.Unicode.GetString(await DatabaseBytesAsync()), StringComparison.Ordinal);
    }

    private static object Card(string number) => new { cardNumber = number, expMonth = 12, expYear = NextYear, cvc = "123" };

    private async Task<string> GatewayTokenAsync(Guid userId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Users.SingleAsync(u => u.Id == userId);
        return user.PaymentMethod!.GatewayToken;
    }

    /// <summary>The database file and its write-ahead log, where recent commits live until a checkpoint.</summary>
    private async Task<byte[]> DatabaseBytesAsync()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.GetFiles(fixture.Host.DataDirectory, "users.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(all);
        }

        return all.ToArray();
    }
}
