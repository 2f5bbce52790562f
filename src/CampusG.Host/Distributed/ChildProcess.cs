using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CampusG.Host.Distributed;

/// <summary>One module's process: this same executable with the launcher's configuration, its module and its address.</summary>
internal sealed partial class ChildProcess : IDisposable
{
    private const int SigTerm = 15;

    // Keys that describe the launcher itself, not its children.
    private static readonly string[] NotInherited = ["urls", "CampusG:Modules", "Gateway:", "Launcher:", "contentRoot", "applicationName"];

    private readonly Process _process;
    private readonly StreamWriter _log;

    private ChildProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(ChildModule module, IConfiguration configuration, string logPath)
    {
        var start = Command();
        start.ArgumentList.Add($"--CampusG:Modules={string.Join(',', module.Modules)}");
        start.ArgumentList.Add($"--urls={module.Address}");
        start.ArgumentList.Add($"--{Launcher.ParentPidKey}={Environment.ProcessId}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in InheritedEnvironment(configuration))
        {
            start.Environment[key] = value;
        }

        ApplyRuntimeDefaults(start.Environment);

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, log);
    }

    /// <summary>
    /// The launcher's settings as a child's environment variables (<c>Auth__SigningKey</c>), so secrets (connection
    /// strings, the signing key) stay off the command line that <c>ps</c> shows and out of files.
    /// </summary>
    internal static IEnumerable<KeyValuePair<string, string>> InheritedEnvironment(IConfiguration configuration) =>
        from setting in configuration.AsEnumerable()
        where setting.Value is not null && !NotInherited.Any(prefix => setting.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        select KeyValuePair.Create(setting.Key.Replace(":", "__", StringComparison.Ordinal), setting.Value);

    /// <summary>
    /// The launcher runs a dozen .NET processes on one machine's cores. An idle thread-pool worker spins before it
    /// sleeps, which pays off when it has cores to itself; here it took cores from the processes with work (a fifth
    /// of the module processes' CPU in the distributed saga benchmark, decision 033). Children do not spin, unless
    /// the launcher's environment sets the runtime's own value.
    /// </summary>
    internal static void ApplyRuntimeDefaults(IDictionary<string, string?> environment)
    {
        environment.TryAdd(ThreadPoolSpinLimit, "0");
    }

    internal const string ThreadPoolSpinLimit = "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit";

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Asks the child to shut down gracefully; kills it if it has not within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            _process.Kill(entireProcessTree: true);
        }
        else
        {
            _ = Kill(_process.Id, SigTerm);
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose()
    {
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static ProcessStartInfo Command()
    {
        // The apphost next to this assembly when there is one (dotnet run, tests), else `dotnet CampusG.Host.dll`.
        var assembly = typeof(ChildProcess).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, Path.GetFileNameWithoutExtension(assembly));
        if (File.Exists(apphost))
        {
            return new ProcessStartInfo(apphost);
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(assembly);
        return start;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);
}
