using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampusG.Web.Gateway;

/// <summary>
/// The gateway is ready when every module process behind it is, and each address answers as its own module: a
/// module reports its database check (<c>db-&lt;module&gt;</c>), so a stray process on a module's port does not
/// pass for it.
/// </summary>
internal sealed class ModulesHealthCheck(GatewayModules modules, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient(GatewayModules.ClientName);
        var checks = modules.Addresses.Select(async module => (module.Key, Ready: await IsReadyAsync(client, module.Key, module.Value, cancellationToken)));
        var notReady = (await Task.WhenAll(checks)).Where(check => !check.Ready).Select(check => check.Key).ToArray();
        return notReady.Length == 0
            ? HealthCheckResult.Healthy($"{modules.Addresses.Count} modules ready")
            : HealthCheckResult.Unhealthy($"not ready: {string.Join(", ", notReady)}");
    }

    private static async Task<bool> IsReadyAsync(HttpClient client, string module, Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(address, "/health/ready"), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var report = await response.Content.ReadFromJsonAsync<ReadyReport>(cancellationToken);
            var ownCheck = $"db-{module.ToLowerInvariant()}";
            return report?.Checks?.Any(check => check.Name == ownCheck) == true;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            return false;
        }
    }

    private sealed record ReadyReport(IReadOnlyList<ReadyCheck>? Checks);

    private sealed record ReadyCheck(string Name);
}
