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
        var store = section.Get<ReadCacheOptions>()?.Store ?? "Auto";
        var redis = configuration.GetConnectionString("Redis");
        var distributed = HostRole.From(configuration).IsDistributed;
        var useRedis = store.ToUpperInvariant() switch
        {
            "AUTO" => distributed && !string.IsNullOrWhiteSpace(redis),
            "MEMORY" => false,
            "REDIS" => !string.IsNullOrWhiteSpace(redis)
                ? true
                : throw new InvalidOperationException("Orders:ReadCache:Store is Redis but ConnectionStrings:Redis is not set."),
            _ => throw new InvalidOperationException($"Orders:ReadCache:Store must be Auto, Memory or Redis, not '{store}'."),
        };

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
