using CampusG.Testing;

namespace CampusG.PostgreSql.Tests;

/// <summary>
/// The real host on a test's databases, with a message probe, in-process transport. <c>modules: null</c> runs
/// every module in this one process (named one by one: <c>*</c> in distributed mode would make it a launcher).
/// </summary>
internal static class PostgresHost
{
    public static Task<CampusGHost> StartAsync(TestDatabases databases, string? modules, params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        databases.AddTo(options.Configuration);
        options.Configuration["CampusG:Modules"] = modules ?? string.Join(",", DistributedDeployment.Modules);

        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }
}
