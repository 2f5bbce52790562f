using System.Globalization;

namespace CampusG.Bench.Saga;

/// <summary>The command-line settings of one saga benchmark run (<c>CampusG.Bench saga ...</c>).</summary>
internal sealed record SagaOptions(
    int Orders, int Concurrency, double? Rate, string Driver, string Mode, string Synchronous, int Customers,
    TimeSpan StallTimeout, string? ResultsFile, string Label, int Connections, IReadOnlyDictionary<string, string> Settings, int Warmup = 500,
    string Workload = "w1")
{
    public const string Usage = """
        usage: CampusG.Bench saga [--orders N] [--concurrency C | --rate R] [--driver http|inprocess]
                                  [--mode embedded|distributed] [--synchronous FULL|NORMAL] [--customers K]
                                  [--connections K] [--stall-timeout SECONDS] [--warmup N] [--results FILE]
                                  [--label TEXT] [--set Section:Key=value]... [--workload w1|menu]
          Workload W1: N Create Order sagas, each from POST /v1/orders to CREATED with its ORDER_CREATED notification
          sent, detected from the messages on the transport (no polling of the API).
          --orders        orders to place (default 20000)
          --concurrency   closed loop: C clients, each places its next order once its last one is CREATED
                          (or cancelled), so at most C sagas are in flight (default 32)
          --rate          open loop instead: R orders per second at fixed intervals, whatever the answers (offered load)
          --driver        http (default): POST /v1/orders with a bearer token over a pooled HttpClient;
                          inprocess: calls what the endpoint calls (validation, OrderPlacement) inside the host, no HTTP
                          (embedded only)
          --mode          embedded (default): the real host in this process, SQLite file per module, in-process transport;
                          distributed: the real launcher as a child process, one process per module, PostgreSQL
                          (synchronous_commit=on), RabbitMQ quorum queues with confirms, Redis; its own databases,
                          exchange, queues and Redis keys, all deleted afterwards
          --synchronous   embedded: CampusG:SqliteSynchronous (default FULL, the product's default)
          --customers     customers (users with card 4242424242424242) created through the API before the timed part (default 100)
          --connections   HTTP connections in the pool (default: C, or 512 with --rate)
          --stall-timeout stop when no saga completes for this long (default 60)
          --warmup        orders placed by 32 closed-loop clients before the measured run, none of them counted
                          (default 500; 0 for none): the JIT has compiled the hot paths by then
          --results       append the run's headline figures as one JSON line to FILE (the chart reads them)
          --label         a name for the run in the results file and chart
          --set           any host setting, e.g. --set Messaging:ConsumerBatchSize=64 (repeatable)
          --workload      w1 (default): errands; menu: menu orders of one counted item from one restaurant (the stock
                          reservation first), each timed to PLACED with its ORDER_PLACED notification sent (http driver)
        """;

    public static SagaOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SagaOptions(20_000, 32, null, "http", "embedded", "FULL", 100, TimeSpan.FromSeconds(60), null, "", 0,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var concurrencySet = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            var (name, value) = (args[i], args[i + 1]);
            concurrencySet |= name == "--concurrency";
            options = name switch
            {
                "--orders" => options with { Orders = Positive(name, value) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--rate" => options with { Rate = PositiveNumber(name, value) },
                "--driver" => options with { Driver = OneOf(name, value, "http", "inprocess") },
                "--mode" => options with { Mode = OneOf(name, value, "embedded", "distributed") },
                "--synchronous" => options with { Synchronous = OneOf(name, value, "FULL", "NORMAL").ToUpperInvariant() },
                "--customers" => options with { Customers = Positive(name, value) },
                "--connections" => options with { Connections = Positive(name, value) },
                "--stall-timeout" => options with { StallTimeout = TimeSpan.FromSeconds(Positive(name, value)) },
                "--warmup" => options with { Warmup = value == "0" ? 0 : Positive(name, value) },
                "--results" => options with { ResultsFile = value },
                "--label" => options with { Label = value },
                "--set" => AddSetting(options, settings, value),
                "--workload" => options with { Workload = OneOf(name, value, "w1", "menu").ToLowerInvariant() },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        if (options.Rate is not null && concurrencySet)
        {
            throw new ArgumentException("--rate (open loop) and --concurrency (closed loop) exclude each other.");
        }

        if (options.Driver == "inprocess" && options.Workload == "menu")
        {
            throw new ArgumentException("--workload menu needs --driver http.");
        }

        if (options.Driver == "inprocess" && options.Mode == "distributed")
        {
            throw new ArgumentException("--driver inprocess needs --mode embedded: in distributed mode Orders runs in its own process.");
        }

        return options with { Settings = settings, Connections = options.Connections > 0 ? options.Connections : options.Rate is null ? options.Concurrency : 512 };
    }

    public bool OpenLoop => Rate is not null;

    public string LoadDescription => OpenLoop
        ? string.Create(CultureInfo.InvariantCulture, $"offered {Rate:0.#}/s (open loop)")
        : string.Create(CultureInfo.InvariantCulture, $"{Concurrency} clients (closed loop)");

    private static SagaOptions AddSetting(SagaOptions options, Dictionary<string, string> settings, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--set needs Section:Key=value, not '{value}'.");
        }

        settings[value[..equals]] = value[(equals + 1)..];
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive integer, not '{value}'.");

    private static double PositiveNumber(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive number, not '{value}'.");

    private static string OneOf(string name, string value, params string[] allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{name} must be {string.Join(" or ", allowed)}, not '{value}'.");
}
