using CampusG.Hosting;
using CampusG.Inventory.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Inventory.Cache;

internal static class AvailabilityCacheRegistration
{
    /// <summary>
    /// The availability cache: Redis in distributed mode with <c>ConnectionStrings:Redis</c> (or as
    /// <c>Inventory:Cache:Store</c> says), none otherwise; and the interceptor that rewrites it after commits.
    /// </summary>
    public static IServiceCollection AddAvailabilityCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AvailabilityCacheOptions.SectionName);
        services.AddOptions<AvailabilityCacheOptions>().Bind(section);
        var redis = configuration.GetConnectionString("Redis");
        if (RedisStoreSetting.UsesRedis(configuration, $"{AvailabilityCacheOptions.SectionName}:{nameof(AvailabilityCacheOptions.Store)}", "None"))
        {
            services.AddSingleton(sp => new RedisAvailabilityStore(redis!, Options(sp)));
            services.AddSingleton<IAvailabilityCache>(sp => new ResilientAvailabilityCache(
                sp.GetRequiredService<RedisAvailabilityStore>(), Options(sp), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ResilientAvailabilityCache>>()));
        }
        else
        {
            services.AddSingleton<IAvailabilityCache, NoAvailabilityCache>();
        }

        services.AddSingleton<AvailabilityCacheInterceptor>();
        services.ConfigureDbContext<InventoryDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<AvailabilityCacheInterceptor>()));
        return services;
    }

    private static AvailabilityCacheOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AvailabilityCacheOptions>>().Value;
}
