using System.Diagnostics;

namespace CampusG.Messaging.RabbitMq.Tests.Support;

/// <summary>The broker's own CLI, for what a client cannot do to itself: have the broker cut a connection.</summary>
public static class RabbitMqCtl
{
    /// <summary>Force-closes every connection whose client-provided name is <paramref name="connectionName"/>; returns how many.</summary>
    public static async Task<int> CloseConnectionsAsync(string connectionName)
    {
        var listing = await RunAsync("-s", "list_connections", "pid", "client_properties");
        var pids = listing.Split('\n')
            .Where(line => line.Contains($"{{\"connection_name\",\"{connectionName}\"}}", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[0])
            .ToList();
        foreach (var pid in pids)
        {
            await RunAsync("-q", "close_connection", pid, "closed by a reconnect test");
        }

        return pids.Count;
    }

    /// <summary>The type (classic, quorum) of every queue whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task<Dictionary<string, string>> QueueTypesAsync(string prefix) =>
        (await RunAsync("-s", "list_queues", "name", "type"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns[0].StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(columns => columns[0], columns => columns[1].Trim(), StringComparer.Ordinal);

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        // as scripts/servers/rabbitmq.sh: the CLI's Erlang distribution stays on loopback
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_CTL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}");
    }
}
