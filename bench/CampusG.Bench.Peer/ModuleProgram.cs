using Microsoft.Extensions.Hosting;

namespace CampusG.Bench.Peer;

/// <summary>
/// <c>CampusG.Bench.Peer module --role R --database CS --rabbitmq URI --queue-prefix P</c>: one module process of the
/// distributed peer. Prints <see cref="Ready"/> once Wolverine runs; stops on "stop" (or end of input).
/// </summary>
internal static class ModuleProgram
{
    public const string Ready = "READY";

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            settings[args[i]] = args[i + 1];
        }

        var node = new PeerNode("distributed", settings["--role"], settings["--database"], RabbitMq: settings["--rabbitmq"], QueuePrefix: settings["--queue-prefix"]);
        using var host = PeerHost.Build(node);
        await host.StartAsync();
        Console.WriteLine(Ready);
        while (await Console.In.ReadLineAsync() is { } line && line != "stop")
        {
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.StopAsync(timeout.Token);
        return 0;
    }
}
