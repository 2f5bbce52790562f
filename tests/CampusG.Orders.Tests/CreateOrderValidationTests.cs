using System.Net;
using System.Text;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

/// <summary>The rules of docs/api.md for <c>POST /v1/orders</c>, over HTTP, one row per rule.</summary>
public sealed class CreateOrderValidationTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private static readonly string Long500 = new('d', 500);
    private static readonly string Long255 = new('l', 255);

    public static TheoryData<string, string[]> InvalidBodies => new()
    {
        { "{}", ["description", "foodFee", "deliveryFee", "deliveryLocation"] },
        { """{"description":null,"foodFee":null,"deliveryFee":null,"deliveryLocation":null}""", ["description", "foodFee", "deliveryFee", "deliveryLocation"] },
        { Body(description: "\"\""), ["description"] },
        { Body(description: "\"   \""), ["description"] },
        { Body(description: $"\"{Long500}x\""), ["description"] },
        { Body(location: "\"\""), ["deliveryLocation"] },
        { Body(description: "\"rice\\u0000\""), ["description"] },
        { Body(location: "\"Hall \\u001b7\""), ["deliveryLocation"] },
        { Body(location: $"\"{Long255}x\""), ["deliveryLocation"] },
        { Body(foodFee: "-0.01"), ["foodFee"] },
        { Body(foodFee: "1000.00"), ["foodFee"] },
        { Body(foodFee: "1.234"), ["foodFee"] },
        { Body(deliveryFee: "-1"), ["deliveryFee"] },
        { Body(deliveryFee: "999.991"), ["deliveryFee"] },
        { Body(deliveryFee: "0.005"), ["deliveryFee"] },
        { Body(foodFee: "0", deliveryFee: "0.00"), ["total"] },
        // Beyond decimal's 28 digits or scale: parsing alone would round these to 8.5 and 0, and take them.
        { Body(foodFee: "8.500000000000000000000000000001"), ["foodFee"] },
        { Body(foodFee: "1e-300"), ["foodFee"] },
        { Body(deliveryFee: "1.5E-3"), ["deliveryFee"] },
        { Body(deliveryFee: "0.0000000000000000000000000000001"), ["deliveryFee"] },
        { Body(description: "\"\"", foodFee: "-5", location: "null"), ["description", "foodFee", "deliveryLocation"] },
    };

    public static TheoryData<string> ValidBodies => new()
    {
        Body(foodFee: "0", deliveryFee: "0.01"),
        Body(foodFee: "999.99", deliveryFee: "999.99"),
        Body(description: $"\"{Long500}\"", location: $"\"{Long255}\""),
        Body(description: "\"x\"", location: "\"y\"", foodFee: "1.5", deliveryFee: "0"),
        Body(description: "\"2x rice\\n\\tno chilli\\r\\n\""),
        Body(foodFee: "8.50000000000000000000000000000000", deliveryFee: "150E-2"),
        Body(foodFee: "0.1e1", deliveryFee: "0e-400"),
    };

    public static TheoryData<string> MalformedBodies => new()
    {
        "{",
        "not json",
        """{"description":"x","foodFee":"abc","deliveryFee":1,"deliveryLocation":"y"}""",
        """{"description":42,"foodFee":1,"deliveryFee":1,"deliveryLocation":"y"}""",
        """{"description":"x","foodFee":"8.5","deliveryFee":1,"deliveryLocation":"y"}""",
        "",
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidBody_IsRejected_WithOneEntryPerBadField(string json, string[] fields)
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), json);

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Theory]
    [MemberData(nameof(ValidBodies))]
    public async Task BoundaryValues_AreAccepted(string json)
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task UnreadableBody_IsInvalidJson(string json)
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), json);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task BadIdempotencyKey_IsAValidationFailure(string? key)
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), OrdersApi.ValidBody, key ?? new string('k', 256));

        await ErrorAssert.HasValidationErrorsAsync(response, "Idempotency-Key");
    }

    [Fact]
    public async Task BadIdempotencyKey_AndBadBody_AreReportedTogether()
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), Body(foodFee: "-1"), "");

        await ErrorAssert.HasValidationErrorsAsync(response, "foodFee", "Idempotency-Key");
    }

    [Fact]
    public async Task LongestIdempotencyKey_IsAccepted()
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid(), OrdersApi.ValidBody, new string('k', 255));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAToken_IsUnauthenticated()
    {
        using var content = new StringContent(OrdersApi.ValidBody, Encoding.UTF8, "application/json");
        using var response = await fixture.Host.Client.PostAsync(new Uri("/v1/orders", UriKind.Relative), content);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    private static string Body(string description = "\"noodles\"", string foodFee = "5.00", string deliveryFee = "1.50", string location = "\"SCIS 1\"") =>
        $$"""{"description":{{description}},"foodFee":{{foodFee}},"deliveryFee":{{deliveryFee}},"deliveryLocation":{{location}}}""";
}
