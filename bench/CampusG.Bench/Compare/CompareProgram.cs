using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CampusG.Bench.Measurement;

namespace CampusG.Bench.Compare;

/// <summary>
/// <c>CampusG.Bench compare ...</c>: W1 on CampusG (<c>CampusG.Bench saga</c>) and on the Wolverine peer
/// (<c>CampusG.Bench.Peer run</c>), interleaved, each run a child process; one table of both, CampusG as ratios to the peer.
/// </summary>
internal static class CompareProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandLine.Parse(() => ComparisonOptions.Parse(args), ComparisonOptions.Usage) is not { } options)
        {
            return 2;
        }

        var peer = options.Peer ?? DefaultPeerPath();
        if (!File.Exists(peer))
        {
            Console.Error.WriteLine($"The peer is not built at {peer}: dotnet build bench/CampusG.Bench -c Release builds it.");
            return 2;
        }

        var logs = Directory.CreateTempSubdirectory("campusg-compare-").FullName;
        Console.WriteLine(Invariant($"W1, CampusG vs Wolverine: {options.Orders:N0} sagas a run, modes {string.Join(", ", options.Modes)}, {options.Rounds} rounds; logs in {logs}"));
        var runs = new List<CompareRun>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var mode in options.Modes)
            {
                // Odd rounds start with CampusG, even rounds with the peer, so neither always runs on a cooler machine.
                string[] order = round % 2 == 1 ? ["campusg", "wolverine"] : ["wolverine", "campusg"];
                foreach (var system in order)
                {
                    await QuietMachine.WaitAsync();
                    var run = await RunOnceAsync(options, system, mode, round, peer, logs);
                    runs.Add(run);
                    Console.WriteLine(Invariant($"  {system,-9} {mode,-11} round {round}: {run.SagasPerSecond:F0} sagas/s, p50 {run.P50:F0} ms, p99 {run.P99:F0} ms, ") +
                        Invariant($"CPU {run.CpuMsPerSaga:F2} ms/saga, {(run.Ok ? "ok" : "NOT OK: " + run.Note)}"));
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ResultsFile))!);
                    await File.AppendAllTextAsync(options.ResultsFile, JsonSerializer.Serialize(run, CompareRun.Json) + Environment.NewLine);
                }
            }
        }

        Console.WriteLine();
        CompareTable.Print(Console.Out, options, runs);
        Console.WriteLine();
        Console.WriteLine($"Appended {runs.Count} lines to {options.ResultsFile}; the runs' output is in {logs}.");
        return runs.All(r => r.Ok) ? 0 : 1;
    }

    private static async Task<CompareRun> RunOnceAsync(ComparisonOptions options, string system, string mode, int round, string peer, string logs)
    {
        var results = Path.Combine(logs, $"{system}-{mode}-{round}.jsonl");
        var log = Path.Combine(logs, $"{system}-{mode}-{round}.log");
        var common = new[]
        {
            "--mode", mode, "--orders", Number(options.Orders), "--concurrency", Number(options.ConcurrencyFor(mode)),
            "--warmup", Number(options.WarmupFor(mode)), "--stall-timeout", Number(options.StallTimeout), "--results", results, "--label", "compare",
        };
        var start = system == "campusg"
            ? Child(typeof(CompareProgram).Assembly.Location, ["saga", "--driver", mode == "embedded" ? "inprocess" : "http", .. common])
            : Child(peer, ["run", .. common]);
        var exit = await RunLoggedAsync(start, log);
        var line = File.Exists(results) ? File.ReadLines(results).LastOrDefault() : null;
        if (line is null)
        {
            return CompareRun.Failed(system, mode, round, options, $"exit code {exit}, no result; see {log}");
        }

        using var json = JsonDocument.Parse(line);
        return system == "campusg" ? CompareRun.FromCampusG(json.RootElement, mode, round, options, exit, log) : CompareRun.FromPeer(json.RootElement, mode, round, options, exit, log);
    }

    private static async Task<int> RunLoggedAsync(ProcessStartInfo start, string log)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        await using var writer = new StreamWriter(log) { AutoFlush = true };
        using var process = new Process { StartInfo = start };
        void Write(string? text)
        {
            if (text is not null)
            {
                lock (writer)
                {
                    writer.WriteLine(text);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>A .dll run by the dotnet host this process runs on.</summary>
    private static ProcessStartInfo Child(string assembly, string[] arguments)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>bench/CampusG.Bench.Peer/bin/{configuration}/{framework}/CampusG.Bench.Peer.dll, beside this build's output.</summary>
    private static string DefaultPeerPath()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var bench = configuration.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(bench, "CampusG.Bench.Peer", "bin", configuration.Name, framework.Name, "CampusG.Bench.Peer.dll");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Waits while a test run is on this shared machine (the benchmark and the suite would measure each other).</summary>
internal static class QuietMachine
{
    private static readonly string[] TestProcesses = ["testhost", "dotnet test", "test.sh"];

    public static async Task WaitAsync()
    {
        var waited = false;
        while (Busy() is { } busy)
        {
            if (!waited)
            {
                Console.WriteLine($"  waiting: a test run is on the machine ({busy}); checking every 30 s");
                waited = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(30));
        }
    }

    private static string? Busy()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (TestProcesses.FirstOrDefault(t => command.Contains(t, StringComparison.Ordinal)) is { } match)
                {
                    return $"pid {pid}: {match}";
                }
            }
            catch (IOException)
            {
                // exited meanwhile
            }
        }

        return null;
    }
}
