using System.Diagnostics;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Host.Distributed;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CampusG.EndToEnd.Tests.Distributed;

/// <summary>
/// A module process killed with SIGKILL in the middle of a burst of 200 orders; the launcher restarts it.
/// Every order must end CREATED with its payment authorized once and held once: none lost, none doubled.
/// The cases share one deployment, each with its own customers: the next case starts on the restarted process.
/// </summary>
[Trait("Mode", "Distributed")]
public sealed class ProcessFailureTests(ProcessFailureTests.Deployment deployment, ITestOutputHelper output)
    : IClassFixture<ProcessFailureTests.Deployment>
{
    [Theory]
    [InlineData("Payments")]
    [InlineData("Orders")]
    [InlineData("Sagas")]
    public async Task KillNine_OfAModuleDuringABurst_LosesAndDoublesNothing(string module)
    {
        var host = deployment.Host;
        var processes = host.Services.GetRequiredService<ModuleProcesses>();
        var customers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => CampusApi.SignUpAsync(host.CreateClient())));
        var burst = new OrderBurst(customers, 200);

        var clock = Stopwatch.StartNew();
        var running = burst.RunAsync();
        await WaitUntilAsync(() => burst.Submitted >= 40 || running.IsCompleted);
        output.WriteLine($"{clock.Elapsed}: {burst.Submitted} orders placed, killing {module}");
        var victim = processes.ProcessId(module) ?? throw new InvalidOperationException($"{module} is not running");
        using (var process = Process.GetProcessById(victim))
        {
            process.Kill(); // SIGKILL: no shutdown, no flush, no goodbye to the broker
        }

        var placed = await running;
        output.WriteLine($"{clock.Elapsed}: all {placed.Count} placed");
        await WaitUntilAsync(() => processes.ProcessId(module) is { } pid && pid != victim);
        // A restarted process JIT-compiles and reconnects while eleven others share the cores: give it two minutes.
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{clock.Elapsed}: {module} restarted and ready");
        await BurstCheck.AssertEveryOrderHeldOnceAsync(await CampusApi.OperatorAsync(host.CreateClient()), placed);
        output.WriteLine($"{clock.Elapsed}: every order checked");
    }

    /// <summary>
    /// Inventory killed in the middle of a burst of menu orders for one counted item: afterwards every order is PLACED
    /// or CANCELLED, as many are PLACED as the stock allowed, and the stock left is the initial stock minus what the
    /// PLACED orders hold (nothing reserved twice, nothing lost).
    /// </summary>
    [Fact]
    public async Task KillNine_OfInventoryDuringAMenuBurst_LeavesTheStockMinusWhatPlacedOrdersHold()
    {
        const int Stock = 40;
        var host = deployment.Host;
        var processes = host.Services.GetRequiredService<ModuleProcesses>();
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(host.CreateClient()), Stock);
        var customers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => CampusApi.SignUpAsync(host.CreateClient())));
        var first = await restaurant.PlaceAsync(customers[0], restaurant.Order(rice: 1, tea: 0)); // Orders knows the menu from here on
        var burst = new OrderBurst(customers, 60, () => restaurant.Order(rice: 1, tea: 0));

        var running = burst.RunAsync();
        await WaitUntilAsync(() => burst.Submitted >= 15 || running.IsCompleted);
        var victim = processes.ProcessId("Inventory") ?? throw new InvalidOperationException("Inventory is not running");
        using (var process = Process.GetProcessById(victim))
        {
            process.Kill();
        }

        List<(CampusApi Customer, Guid OrderId)> placed = [(customers[0], first), .. await running];
        await WaitUntilAsync(() => processes.ProcessId("Inventory") is { } pid && pid != victim);
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var outcomes = new List<string?>();
        foreach (var (customer, orderId) in placed)
        {
            var order = await customer.WaitForOrderAsync(
                orderId, o => o.GetProperty("status").GetString() is "PLACED" or "CANCELLED", TimeSpan.FromMinutes(3));
            outcomes.Add(order.GetProperty("status").GetString());
        }

        var held = outcomes.Count(s => s == "PLACED");
        output.WriteLine($"{held} placed, {outcomes.Count - held} cancelled of {outcomes.Count}");
        Assert.InRange(held, 1, Stock);
        await restaurant.WaitForRiceLeftAsync(Stock - held);
    }

    /// <summary>A distributed deployment whatever the suite's mode, a process per module (a kill takes one module down).</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        public CampusGHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await StartAsync(processPerModule: true);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    /// <summary>A distributed deployment whatever the suite's mode; the compact layout unless <paramref name="processPerModule"/>.</summary>
    internal static Task<CampusGHost> StartAsync(Action<CampusGHostOptions>? configure = null, bool processPerModule = false) =>
        TestCampus.StartAsync(
            options =>
            {
                DistributedDeployment.Apply(options);
                configure?.Invoke(options);
            },
            processPerModule: processPerModule);

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within a minute");
            await Task.Delay(20);
        }
    }
}
