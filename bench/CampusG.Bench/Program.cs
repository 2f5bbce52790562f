using System.Globalization;
using CampusG.Bench;
using CampusG.Bench.Compare;
using CampusG.Bench.Measurement;
using CampusG.Bench.Saga;
using Microsoft.Data.Sqlite;

switch (args.FirstOrDefault())
{
    case "saga" when BenchOptions.WantsHelp(args):
        Console.WriteLine(SagaOptions.Usage);
        return 0;
    case "saga":
        return await SagaProgram.RunAsync(args[1..]);
    case "chart" when BenchOptions.WantsHelp(args):
        Console.WriteLine(SagaChart.Usage);
        return 0;
    case "chart":
        return SagaChart.Run(args[1..]);
    case "compare" when BenchOptions.WantsHelp(args):
        Console.WriteLine(ComparisonOptions.Usage);
        return 0;
    case "compare":
        return await CompareProgram.RunAsync(args[1..]);
}

if (BenchOptions.WantsHelp(args))
{
    Console.WriteLine(BenchOptions.Usage);
    Console.WriteLine();
    Console.WriteLine(SagaOptions.Usage);
    Console.WriteLine();
    Console.WriteLine(SagaChart.Usage);
    Console.WriteLine();
    Console.WriteLine(ComparisonOptions.Usage);
    return 0;
}

if (CommandLine.Parse(() => BenchOptions.Parse(args), BenchOptions.Usage) is not { } options)
{
    return 2;
}

var dataDirectory = Directory.CreateTempSubdirectory("campusg-bench-").FullName;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"CampusG messaging benchmark: {options.Messages:N0} chains, {options.Concurrency} producers, synchronous={options.Synchronous}, " +
    $"RelayBatchSize={options.RelayBatchSize}, ConsumerBatchSize={options.ConsumerBatchSize}, " +
    $"experiment={options.Experiment}, data in {dataDirectory}"));
try
{
    var recorder = new ChainRecorder(options.Messages);
    bool finished;
    ProcessUsage usage;
    await using (var host = await BenchHost.StartAsync(options, dataDirectory, recorder))
    {
        foreach (var probe in host.Probes)
        {
            probe.Reset(); // schema creation is not part of the run
        }

        var driver = new LoadDriver(host.Services, recorder, options);
        var (before, machineBefore) = (ProcessUsage.Take(), MachineLoad.Take());
        finished = await driver.RunAsync(CancellationToken.None);
        var (after, machineAfter) = (ProcessUsage.Take(), MachineLoad.Take());
        usage = ProcessUsage.Between(before, after);
        Console.WriteLine();
        var summary = Report.Print(Console.Out, options, recorder, driver);
        ResourceReport.Print(Console.Out, host, usage, driver.PeakThreadPoolThreads, options.Messages, machineBefore, machineAfter);
        Report.PrintSummaryRow(Console.Out, options, summary, usage, machineAfter.BusySeconds - machineBefore.BusySeconds);
    }

    if (!finished)
    {
        Console.Error.WriteLine($"Stalled: no chain completed for {options.StallTimeout.TotalSeconds:F0} s; the figures above are partial.");
    }

    return finished ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(dataDirectory, recursive: true);
}
