using System.Globalization;
using CampusG.Messaging;

namespace CampusG.Bench;

/// <summary>The command-line settings of one benchmark run.</summary>
internal sealed record BenchOptions(
    int Messages, int Concurrency, string Synchronous, int RelayBatchSize, int ConsumerBatchSize, TimeSpan StallTimeout,
    string Experiment = "none")
{
    public const string Usage = """
        messaging microbenchmark (three toy modules, outbox → relay → in-process transport → inbox):
        usage: CampusG.Bench [--messages N] [--concurrency C] [--synchronous FULL|NORMAL]
                             [--batch B | --relay-batch B --consumer-batch B] [--stall-timeout SECONDS]
                             [--experiment none|busy-timeout]
          --messages        chains to send (default 20000); each is bench.order-placed -> bench.payment-captured
          --concurrency     concurrent producers, one message per transaction (default 32)
          --synchronous     CampusG:SqliteSynchronous (default FULL)
          --batch           sets both Messaging:RelayBatchSize and Messaging:ConsumerBatchSize
          --relay-batch     Messaging:RelayBatchSize (default 256)
          --consumer-batch  Messaging:ConsumerBatchSize (default 128)
          --stall-timeout   give up when no chain completes for this long (default 60)
          --experiment      none (default: production wiring) or busy-timeout (adds PRAGMA busy_timeout=5000
                            on every connection; see Experiments/BusyTimeoutExperiment.cs)
        """;

    /// <summary>True when the arguments ask for the usage text.</summary>
    public static bool WantsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var defaults = new MessagingOptions();
        var options = new BenchOptions(20_000, 32, "FULL", defaults.RelayBatchSize, defaults.ConsumerBatchSize, TimeSpan.FromSeconds(60));
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--messages" => options with { Messages = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--synchronous" => options with { Synchronous = ParseSynchronous(value) },
                "--batch" => options with { RelayBatchSize = Positive(args[i], value), ConsumerBatchSize = Positive(args[i], value) },
                "--relay-batch" => options with { RelayBatchSize = Positive(args[i], value) },
                "--consumer-batch" => options with { ConsumerBatchSize = Positive(args[i], value) },
                "--stall-timeout" => options with { StallTimeout = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--experiment" => options with { Experiment = ParseExperiment(value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }

    /// <summary>The configuration the host gets, exactly as a deployment would set it.</summary>
    public Dictionary<string, string?> ToConfiguration(string dataDirectory) => new()
    {
        ["CampusG:DataDirectory"] = dataDirectory,
        ["CampusG:SqliteSynchronous"] = Synchronous,
        ["Messaging:RelayBatchSize"] = RelayBatchSize.ToString(CultureInfo.InvariantCulture),
        ["Messaging:ConsumerBatchSize"] = ConsumerBatchSize.ToString(CultureInfo.InvariantCulture),
    };

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive integer, not '{value}'.");

    private static string ParseExperiment(string value) =>
        value.ToLowerInvariant() is "none" or "busy-timeout" ? value.ToLowerInvariant()
            : throw new ArgumentException($"--experiment must be none or busy-timeout, not '{value}'.");

    private static string ParseSynchronous(string value) =>
        value.ToUpperInvariant() is "FULL" or "NORMAL" ? value.ToUpperInvariant()
            : throw new ArgumentException($"--synchronous must be FULL or NORMAL, not '{value}'.");
}
