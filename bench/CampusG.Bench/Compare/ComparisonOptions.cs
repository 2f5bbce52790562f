using System.Globalization;

namespace CampusG.Bench.Compare;

/// <summary>The command line of <c>CampusG.Bench compare ...</c>.</summary>
internal sealed record ComparisonOptions(
    int Orders, int? Concurrency, string[] Modes, int Rounds, int? Warmup, int StallTimeout, string ResultsFile, string? Peer)
{
    public const string Usage = """
        usage: CampusG.Bench compare [--orders N] [--concurrency C] [--mode embedded|distributed|both] [--rounds R]
                                     [--warmup N] [--stall-timeout SECONDS] [--results FILE] [--peer PATH]
          Runs workload W1 on CampusG and on its Wolverine peer (bench/CampusG.Bench.Peer), alternating which goes
          first in each round, each run a fresh child process on this machine; prints one Markdown table with
          CampusG's figures as ratios to the peer's (medians of the rounds) and appends one JSON line per run.
          Before each run it waits while a test run (testhost, dotnet test, test.sh) is on the machine.
          --orders        sagas per run (default 2000)
          --concurrency   closed-loop clients (default 256 embedded, 32 distributed, as in RESULTS.md)
          --mode          embedded (CampusG: in-process driver, SQLite FULL; peer: SQLite), distributed (CampusG: HTTP
                          through its gateway, PostgreSQL, RabbitMQ, Redis; peer: PostgreSQL, RabbitMQ) or both
                          (default embedded)
          --rounds        rounds (default 2)
          --warmup        warm-up orders of each run (default 500 embedded, 200 distributed)
          --stall-timeout a run stops when no saga completes for this long (default 120)
          --results       JSON lines file (default bench/results/compare.jsonl)
          --peer          the peer's CampusG.Bench.Peer.dll (default: its build output beside this one)
        """;

    public static ComparisonOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ComparisonOptions(2000, null, ["embedded"], 2, null, 120, Path.Combine("bench", "results", "compare.jsonl"), null);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            var (name, value) = (args[i], args[i + 1]);
            options = name switch
            {
                "--orders" => options with { Orders = Number(name, value, 1) },
                "--concurrency" => options with { Concurrency = Number(name, value, 1) },
                "--mode" => options with
                {
                    Modes = value switch
                    {
                        "embedded" or "distributed" => [value],
                        "both" => ["embedded", "distributed"],
                        _ => throw new ArgumentException($"--mode must be embedded, distributed or both, not '{value}'."),
                    },
                },
                "--rounds" => options with { Rounds = Number(name, value, 1) },
                "--warmup" => options with { Warmup = Number(name, value, 0) },
                "--stall-timeout" => options with { StallTimeout = Number(name, value, 1) },
                "--results" => options with { ResultsFile = value },
                "--peer" => options with { Peer = value },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    public int ConcurrencyFor(string mode) => Concurrency ?? (mode == "embedded" ? 256 : 32);

    public int WarmupFor(string mode) => Warmup ?? (mode == "embedded" ? 500 : 200);

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name} must be an integer of at least {minimum}, not '{value}'.");
}
