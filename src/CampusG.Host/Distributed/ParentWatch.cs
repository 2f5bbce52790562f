using System.Diagnostics;

namespace CampusG.Host.Distributed;

/// <summary>
/// A module process started by the launcher stops when the launcher is gone (even killed with -9), so no
/// orphan keeps a port or consumes messages.
/// </summary>
internal sealed class ParentWatch(IConfiguration configuration, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parent = configuration.GetValue<int>(Launcher.ParentPidKey);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!IsRunning(parent))
            {
                lifetime.StopApplication();
                return;
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
