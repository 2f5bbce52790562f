using CampusG.Testing;
using CampusG.Timers.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Timers.Tests;

/// <summary>A real host running only the Timers module, with a message probe.</summary>
internal static class TimersHost
{
    public static Task<CampusGHost> StartAsync(string? dataDirectory = null, Action<WebApplicationBuilder>? configure = null)
    {
        var options = new CampusGHostOptions
        {
            DataDirectory = dataDirectory,
            ConfigureServices = b =>
            {
                b.AddMessageProbe();
                configure?.Invoke(b);
            },
        };
        options.Configuration["CampusG:Modules"] = "Timers";
        return CampusGHost.StartAsync(options);
    }

    public static MessageProbe Probe(this CampusGHost host) => host.Services.GetRequiredService<MessageProbe>();

    public static async Task<int> CountTimersAsync(this CampusGHost host, Guid timerId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TimersDbContext>().Timers.CountAsync(t => t.Id == timerId);
    }
}
