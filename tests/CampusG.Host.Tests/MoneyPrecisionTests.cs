using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.ServiceDefaults.Errors;
using CampusG.Testing;

namespace CampusG.Host.Tests;

/// <summary>Every decimal of every request body is money: more than two decimal places is refused, never rounded.</summary>
public sealed class MoneyPrecisionTests(TestEndpointsHostFixture fixture) : IClassFixture<TestEndpointsHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("""{"amount":8.500000000000000000000000000001,"tips":[]}""", "amount")]
    [InlineData("""{"amount":1e-300,"tips":[]}""", "amount")]
    [InlineData("""{"amount":1,"tips":[0.5,null,0.125]}""", "tips[2]")]
    public async Task MoreThanTwoDecimals_Is400ValidationFailed_NamingTheField(string json, string field)
    {
        using var response = await PostAsync(json);

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, ApiErrorCodes.ValidationFailed);
        Assert.Equal($"{field}: must have at most 2 decimal places.", detail);
    }

    [Theory]
    [InlineData("""{"amount":8.50000000000000000000000000000000,"tips":[]}""", 8.5)]
    [InlineData("""{"amount":1050E-2,"tips":[]}""", 10.5)]
    [InlineData("""{"amount":-0.0e-999,"tips":[]}""", 0)]
    public async Task TrailingZerosAndExponents_AreTheSameAmount(string json, double expected)
    {
        using var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((decimal)expected, body.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesMoneyAsNumbersOfCents()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var amount = document.GetProperty("components").GetProperty("schemas").GetProperty("MoneyRequest").GetProperty("properties").GetProperty("amount");
        Assert.Equal("number", amount.GetProperty("type").GetString());
        Assert.Equal(0.01m, amount.GetProperty("multipleOf").GetDecimal());
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri("/test/money", UriKind.Relative), content);
    }
}
