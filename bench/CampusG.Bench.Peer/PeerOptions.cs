using System.Globalization;

namespace CampusG.Bench.Peer;

/// <summary>The command line of <c>CampusG.Bench.Peer run ...</c>.</summary>
internal sealed record PeerOptions(
    string Mode, int Orders, int Concurrency, int Warmup, int Customers, TimeSpan StallTimeout, string Synchronous, string? ResultsFile, string Label)
{
    public const string Usage = """
        usage: CampusG.Bench.Peer run [--mode embedded|distributed] [--orders N] [--concurrency C] [--warmup N]
                                      [--customers K] [--stall-timeout SECONDS] [--synchronous FULL|NORMAL]
                                      [--results FILE] [--label TEXT]
          Workload W1 on Wolverine: N Create Order sagas from C closed-loop clients, each timed from the order's
          placement to its ORDER_CREATED notification sent; row counts are verified afterwards.
          --mode          embedded (default): one process, one SQLite file (Wolverine's message store and every
                          module's tables), durable local queues; distributed: one process per module, a PostgreSQL
                          database each (synchronous_commit as the server has it), RabbitMQ quorum queues with
                          publisher confirms, durable inbox and outbox; the run's own databases and queues, all
                          deleted afterwards
          --orders        sagas measured (default 5000)
          --concurrency   closed-loop clients (default 32)
          --warmup        orders run to the end first by 32 clients, not counted (default 500; 0 for none)
          --customers     customers with a saved card (default 100)
          --synchronous   embedded: SQLite synchronous on the application's connections (default FULL)
          --results       append the run's figures as one JSON line to FILE
        environment: CAMPUSG_BENCH_POSTGRES, CAMPUSG_BENCH_RABBITMQ as for CampusG.Bench (distributed)
        """;

    public static PeerOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new PeerOptions("embedded", 5000, 32, 500, 100, TimeSpan.FromSeconds(60), "FULL", null, "");
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            var (name, value) = (args[i], args[i + 1]);
            options = name switch
            {
                "--mode" => options with { Mode = OneOf(name, value, "embedded", "distributed") },
                "--orders" => options with { Orders = Number(name, value, 1) },
                "--concurrency" => options with { Concurrency = Number(name, value, 1) },
                "--warmup" => options with { Warmup = Number(name, value, 0) },
                "--customers" => options with { Customers = Number(name, value, 1) },
                "--stall-timeout" => options with { StallTimeout = TimeSpan.FromSeconds(Number(name, value, 1)) },
                "--synchronous" => options with { Synchronous = OneOf(name, value, "FULL", "NORMAL") },
                "--results" => options with { ResultsFile = value },
                "--label" => options with { Label = value },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name} must be an integer of at least {minimum}, not '{value}'.");

    private static string OneOf(string name, string value, params string[] allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{name} must be {string.Join(" or ", allowed)}, not '{value}'.");
}
