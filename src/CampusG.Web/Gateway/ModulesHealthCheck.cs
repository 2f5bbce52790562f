using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampusG.Web.Gateway;

/// <summary>The gateway is ready when every module process behind it is.</summary>
internal sealed class ModulesHealthCheck(GatewayModules modules, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient(GatewayModules.ClientName);
        var checks = modules.Addresses.Select(async module => (module.Key, Ready: await IsReadyAsync(client, module.Value, cancellationToken)));
        var notReady = (await Task.WhenAll(checks)).Where(check => !check.Ready).Select(check => check.Key).ToArray();
        return notReady.Length == 0
            ? HealthCheckResult.Healthy($"{modules.Addresses.Count} modules ready")
            : HealthCheckResult.Unhealthy($"not ready: {string.Join(", ", notReady)}");
    }

    private static async Task<bool> IsReadyAsync(HttpClient client, Uri module, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(module, "/health/ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
