using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.ServiceDefaults;

internal static class JsonDefaults
{
    /// <summary>
    /// Web defaults (camelCase, case-insensitive reads) plus enums as UPPER_SNAKE strings, the API's spelling
    /// (<c>PendingPayment</c> is written <c>"PENDING_PAYMENT"</c>); enum numbers are rejected, and so are numbers
    /// sent as strings (the web defaults would read <c>"8.5"</c> as a fee): money and ratings are JSON numbers; strings
    /// are plain text (<see cref="PlainTextStringConverter"/>); decimals are money, with at most two decimal places
    /// (<see cref="MoneyJsonConverter"/>).
    /// </summary>
    public static IServiceCollection AddCampusGJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new PlainTextStringConverter());
            options.SerializerOptions.Converters.Add(new MoneyJsonConverter());
            options.SerializerOptions.Converters.Add(
                new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        });
}
