using System.Diagnostics;
using System.Net;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Distributed;

[Trait("Mode", "Distributed")]
public sealed class InfrastructureFailureTests
{
    /// <summary>
    /// The broker restarts while 200 orders are in flight: publishes fail and stay in the outboxes, consumers
    /// reconnect, and every order still ends held exactly once. It restarts the shared broker, so the test script
    /// runs it alone (Category=Exclusive).
    /// </summary>
    [Fact]
    [Trait("Category", "Exclusive")]
    public async Task RabbitMqRestart_DuringABurst_LosesNothing()
    {
        await using var host = await ProcessFailureTests.StartAsync();
        var customers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => CampusApi.SignUpAsync(host.CreateClient())));
        var burst = new OrderBurst(customers, 200);

        var running = burst.RunAsync();
        await ProcessFailureTests.WaitUntilAsync(() => burst.Submitted >= 40 || running.IsCompleted);
        await RunAsync(Script("rabbitmq.sh"), "restart");

        var placed = await running;
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(1));
        await BurstCheck.AssertEveryOrderHeldOnceAsync(await CampusApi.OperatorAsync(host.CreateClient()), placed);
    }

    /// <summary>
    /// With Redis gone (the order cache and the session store), orders are still read, listed and changed correctly;
    /// a user whose first request to the Orders process comes during the outage is still signed in, and one who
    /// signed out before it stays signed out.
    /// </summary>
    [Fact]
    public async Task RedisDown_ReadsAreStillServed_AndNotStale()
    {
        var port = FreePort.Next();
        var redis = Process.Start("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")!;
        try
        {
            await using var host = await ProcessFailureTests.StartAsync(options => options.Configuration["ConnectionStrings:Redis"] = $"127.0.0.1:{port}");
            var customer = await CampusApi.SignUpAsync(host.Client);
            var runner = await CampusApi.SignUpAsync(host.CreateClient());
            var leaver = await CampusApi.SignUpAsync(host.CreateClient());
            using (var logout = await leaver.SendAsync(HttpMethod.Post, "/v1/auth/logout"))
            {
                Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
            }

            var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
            await customer.WaitForStatusAsync(orderId, "CREATED");
            await customer.GetJsonAsync($"/v1/orders/{orderId}"); // cached now

            redis.Kill();
            await redis.WaitForExitAsync();

            using (var accepted = await runner.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/accept"))
            {
                Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            }

            using (var signedOut = await leaver.SendAsync(HttpMethod.Get, "/v1/orders?role=customer"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
            }

            var order = await customer.GetJsonAsync($"/v1/orders/{orderId}");
            Assert.Equal("ACCEPTED", order.GetProperty("status").GetString());
            var mine = await customer.GetJsonAsync("/v1/orders?role=customer");
            Assert.Equal(orderId, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("orderId").GetGuid());
            var second = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
            await customer.WaitForStatusAsync(second, "CREATED");
        }
        finally
        {
            if (!redis.HasExited)
            {
                redis.Kill();
            }

            redis.Dispose();
        }
    }

    private static string Script(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "scripts", "servers", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"scripts/servers/{name} not found above {AppContext.BaseDirectory}");
    }

    private static async Task RunAsync(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command} {arguments} exited {process.ExitCode}: {await output}{await error}");
    }
}
