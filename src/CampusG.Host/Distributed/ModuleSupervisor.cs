using System.Diagnostics;

namespace CampusG.Host.Distributed;

/// <summary>
/// Keeps one child process per module running: starts them, restarts one that exits unexpectedly (after a
/// short pause), and on shutdown asks each to stop (SIGTERM) before killing it. Each child's output goes to
/// <c>{DataDirectory}/logs/{module}.log</c>.
/// </summary>
internal sealed partial class ModuleSupervisor(
    ModuleProcesses processes, IConfiguration configuration, ILogger<ModuleSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(processes.Modules.Select(module => SuperviseAsync(module, stoppingToken)));

    private async Task SuperviseAsync(ChildModule module, CancellationToken stoppingToken)
    {
        var logs = Path.Combine(configuration["CampusG:DataDirectory"]!, "logs");
        Directory.CreateDirectory(logs);
        while (!stoppingToken.IsCancellationRequested)
        {
            using var child = ChildProcess.Start(module, configuration, Path.Combine(logs, $"{module.Name.ToLowerInvariant()}.log"));
            processes.Started(module.Name, child.Id);
            LogStarted(logger, module.Name, child.Id, module.Address);
            try
            {
                await child.WaitForExitAsync(stoppingToken);
                processes.Exited(module.Name, child.Id);
                LogExited(logger, module.Name, child.Id, child.ExitCode);
                await Task.Delay(RestartDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await child.StopAsync(StopGrace);
                processes.Exited(module.Name, child.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module} running as process {ProcessId} at {Address}")]
    private static partial void LogStarted(ILogger logger, string module, int processId, Uri address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Module {Module} (process {ProcessId}) exited with code {ExitCode}; restarting it")]
    private static partial void LogExited(ILogger logger, string module, int processId, int exitCode);
}
