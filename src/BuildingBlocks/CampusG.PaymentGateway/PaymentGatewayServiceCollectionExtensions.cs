using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampusG.PaymentGateway;

public static class PaymentGatewayServiceCollectionExtensions
{
    /// <summary>The simulated gateway, unless another <see cref="IPaymentGateway"/> was registered first.</summary>
    public static IServiceCollection AddPaymentGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<IPaymentGateway, SimulatedPaymentGateway>();
        return services;
    }
}
