using System.Net;
using CampusG.Testing;

namespace CampusG.Host.Tests;

/// <summary>A gateway is ready only when each module address answers as that module.</summary>
public sealed class GatewayReadinessTests
{
    [Fact]
    public async Task Ready_WhenEachAddressAnswersAsItsModule_NotWhenAnotherModuleAnswers()
    {
        await using var orders = await StartAsync(new() { ["CampusG:Modules"] = "Orders" });
        await using var rightGateway = await StartAsync(Gateway("Orders", orders));
        await using var wrongGateway = await StartAsync(Gateway("Tracking", orders));

        using var right = await rightGateway.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var wrong = await wrongGateway.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, wrong.StatusCode);
        Assert.Contains("not ready: Tracking", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A distributed gateway (no modules of its own) that expects <paramref name="module"/> at <paramref name="target"/>'s address.</summary>
    private static Dictionary<string, string> Gateway(string module, CampusGHost target) => new()
    {
        ["CampusG:Mode"] = "Distributed",
        ["Auth:SigningKey"] = "a-gateway-test-signing-key-of-32-characters",
        [$"Gateway:Modules:{module}"] = target.BaseAddress.ToString(),
    };

    private static Task<CampusGHost> StartAsync(Dictionary<string, string> settings)
    {
        var options = new CampusGHostOptions();
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }
}
