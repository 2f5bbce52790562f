using CampusG.Hosting;
using CampusG.Orders.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.ReadCache;

internal static class ReadCacheServiceCollectionExtensions
{
    /// <summary>
    /// The order read cache: in memory in embedded mode, Redis in distributed mode with <c>ConnectionStrings:Redis</c>
    /// (or whichever <c>Orders:ReadCache:Store</c> names), and the interceptor that keeps it in step with commits.
    /// </summary>
    public static IServiceCollection AddOrderReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReadCacheOptions.SectionName);
        services.AddOptions<ReadCacheOptions>().Bind(section);
        var redis = configuration.GetConnectionString("Redis");
        var useRedis = RedisStoreSetting.UsesRedis(configuration, $"{ReadCacheOptions.SectionName}:{nameof(ReadCacheOptions.Store)}", "Memory");

        if (useRedis)
        {
            services.AddSingleton(sp => new RedisConnection(redis!, sp.GetRequiredService<IOptions<ReadCacheOptions>>().Value));
            services.AddSingleton<RedisVersionedCache>();
            services.AddSingleton<IVersionedCache>(sp => new ResilientCache(
                sp.GetRequiredService<RedisVersionedCache>(), sp.GetRequiredService<IOptions<ReadCacheOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ResilientCache>>()));
        }
        else
        {
            services.AddSingleton<IVersionedCache, MemoryVersionedCache>();
        }

        services.AddSingleton<OrderReadCache>();
        services.AddSingleton<OrderCacheInterceptor>();
        services.ConfigureDbContext<OrdersDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<OrderCacheInterceptor>()));
        return services;
    }
}
