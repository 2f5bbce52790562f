using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Timers.Contracts;
using CampusG.Timers.Features;
using CampusG.Timers.Persistence;
using CampusG.Timers.Telemetry;
using CampusG.Timers.Workers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Timers;

/// <summary>Durable timers: started, stopped or cancelled by command, fired once by a worker, across restarts.</summary>
public sealed class TimersModule : IModule
{
    public string Name => "Timers";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TimersOptions>().Bind(builder.Configuration.GetSection(TimersOptions.SectionName));
        builder.Services.AddModuleDatabase<TimersDbContext, TimersPostgresDbContext>(builder.Configuration, "timers");
        builder.Services.AddSingleton<TimerWakeSignal>();
        builder.Services.AddSingleton<TimerCommitInterceptor>();
        builder.Services.ConfigureDbContext<TimersDbContext>((sp, options) =>
            options.AddInterceptors(sp.GetRequiredService<TimerCommitInterceptor>()));
        builder.Services.AddMessageEndpoint<TimersDbContext>("timers")
            .Handle<StartTimer, StartTimerHandler>()
            .Handle<StopTimer, EndTimerHandler>()
            .Handle<CancelTimer, EndTimerHandler>();
        // After the database registration, so the migration has run when the first pass starts.
        builder.Services.AddHostedService<TimerWorker>();
        builder.Services.AddHostedService<TimerGauges>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapListTimers();
}
