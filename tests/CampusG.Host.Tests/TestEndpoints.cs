using CampusG.ServiceDefaults.Errors;
using CampusG.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Host.Tests;

/// <summary>A host with test-only endpoints that fail in each of the ways the error handling must cover.</summary>
public sealed class TestEndpointsHostFixture : CampusGHostFixture
{
    protected override void Configure(CampusGHostOptions options) => options.ConfigureApp = TestEndpoints.Map;
}

public enum TestStatus
{
    PendingPayment,
    OnTheWay,
}

public sealed record EchoRequest(string Name, int Count, TestStatus Status);

public sealed record MoneyRequest(decimal Amount, IReadOnlyList<decimal?> Tips);

internal static class TestEndpoints
{
    public const string SecretMessage = "connection string Password=hunter2 leaked";

    public static void Map(WebApplication app)
    {
        var test = app.MapGroup("/test");
        test.MapPost("/echo", (EchoRequest request) => TypedResults.Ok(request));
        test.MapPost("/money", (MoneyRequest request) => TypedResults.Ok(request));
        test.MapGet("/items", (int limit) => TypedResults.Ok(limit));
        test.MapGet("/throw", string () => throw new InvalidOperationException(SecretMessage));
        test.MapGet("/conflict", string () =>
            throw ApiErrors.Conflict("ORDER_ALREADY_ACCEPTED", "Another runner accepted this order first."));
        test.MapGet("/validation", string () =>
            throw ApiErrors.Validation(("email", "must be an e-mail address"), ("password", "must have at least 8 characters")));
        test.MapGet("/unauthorized", () => TypedResults.Unauthorized());
        test.MapGet("/forbidden", () => TypedResults.StatusCode(StatusCodes.Status403Forbidden));
    }
}
