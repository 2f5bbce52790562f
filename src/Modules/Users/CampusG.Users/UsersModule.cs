using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.PaymentGateway;
using CampusG.Persistence;
using CampusG.Users.Contracts;
using CampusG.Users.Domain;
using CampusG.Users.Features;
using CampusG.Users.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CampusG.Users;

/// <summary>Accounts, sign-in tokens, saved cards (as gateway tokens only) and ratings.</summary>
public sealed class UsersModule : IModule
{
    public string Name => "Users";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<UsersOptions>().Bind(builder.Configuration.GetSection(UsersOptions.SectionName));
        builder.Services.AddModuleDatabase<UsersDbContext, UsersPostgresDbContext>(builder.Configuration, "users");
        builder.Services.AddPaymentGateway();
        builder.Services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddScoped<RatingLedger>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddRateLimiter(options => options.AddPolicy(SignUpEndpoint.RateLimitPolicy, SignUpEndpoint.RateLimit));
        builder.Services.AddMessageEndpoint<UsersDbContext>("users")
            .Handle<RetrievePaymentInfo, RetrievePaymentInfoHandler>()
            .Handle<OrderCreated, CountOrderPlacedHandler>()
            .Handle<OrderCancelled, CountCustomerCancellationHandler>()
            .Handle<OrderAccepted, CountAcceptanceHandler>()
            .Handle<OrderAcceptanceCancelled, CountAcceptanceCancellationHandler>()
            .Handle<OrderReviewed, CountReviewHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/v1").WithTags("Accounts");
        SignUpEndpoint.Map(v1);
        IssueTokenEndpoint.Map(v1);
        SignOutEndpoint.Map(v1);
        ProfileEndpoints.Map(v1);
        SavePaymentMethodEndpoint.Map(v1);
    }
}
