using System.Diagnostics;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Host;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Observability;

/// <summary>
/// The log a shipper tails (deploy/loki/promtail.yml): a host process started with <c>Logging:JsonFormat=Flat</c>, its
/// console written to a file as the launcher does. A saga's lines are found in it by order id, each with a trace id,
/// and nothing in the file is a token, a card number, an e-mail address or a phone number.
/// </summary>
[Trait("Mode", "Embedded")]
public sealed class FlatJsonLogTests
{
    private const string Card = "4242424242424242";

    [Fact]
    public async Task ASagasLines_CarryTheOrderIdAndTraceId_AndNoSecrets()
    {
        var directory = Directory.CreateTempSubdirectory("campusg-logs-");
        var log = Path.Combine(directory.FullName, "embedded.log");
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var (host, writer) = StartHost(address, directory.FullName, log);
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            await WaitUntilReadyAsync(http);
            var email = $"log-{Guid.NewGuid():N}@campus.test";
            var customer = await CampusApi.SignUpAsync(http, email, Card);
            var orderId = await LifecycleTests.CreatedOrderAsync(customer);

            var lines = await LinesAsync(log, l => l.TryGetProperty("OrderId", out var id) && id.GetString() == orderId.ToString()
                && l.GetProperty("Category").GetString()!.Contains("Saga", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Matches("^[0-9a-f]{32}$", l.GetProperty("TraceId").GetString()));
            Assert.Contains(lines, l => l.GetProperty("Message").GetString()!.Contains("CreateOrder", StringComparison.Ordinal));

            var text = await File.ReadAllTextAsync(log);
            foreach (var secret in new[] { customer.AccessToken!, Card, email, "+6591234567", "91234567" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
            await writer.DisposeAsync();
            directory.Delete(recursive: true);
        }
    }

    private static (Process Host, StreamWriter Log) StartHost(Uri address, string dataDirectory, string log)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            typeof(CampusGApp).Assembly.Location, $"--urls={address}", $"--CampusG:DataDirectory={dataDirectory}",
            "--Logging:JsonFormat=Flat", "--Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=Critical",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var writer = new StreamWriter(log, append: true) { AutoFlush = true };
        var gate = new object();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, writer);
    }

    /// <summary>Polls the file until lines match (a log line is written shortly after the step it tells of).</summary>
    private static Task<List<JsonElement>> LinesAsync(string log, Func<JsonElement, bool> match) =>
        Eventually.UntilAsync(
            async () => (await ReadSharedAsync(log)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement)
                .Where(match)
                .ToList(),
            lines => lines.Count > 0, TimeSpan.FromSeconds(30), "the saga's lines in the log", TimeSpan.FromMilliseconds(250));

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static Task WaitUntilReadyAsync(HttpClient http) =>
        Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                    return ready.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            },
            TimeSpan.FromMinutes(1), "the host ready", TimeSpan.FromMilliseconds(250));
}
