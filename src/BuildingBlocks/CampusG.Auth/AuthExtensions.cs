using CampusG.Auth.Sessions;
using CampusG.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CampusG.Auth;

/// <summary>Bearer tokens checked against their session (decision 022), for every process; the host adds them after the service defaults.</summary>
public static class AuthExtensions
{
    public static IHostApplicationBuilder AddCampusGAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => SigningKey.Resolve(sp.GetRequiredService<IOptions<AuthOptions>>().Value, builder.Configuration));
        builder.Services.AddSingleton<TokenIssuer>();
        builder.AddSessionStore();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, SymmetricSecurityKey>((jwt, auth, key) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = "sub",
                    RoleClaimType = CampusGClaims.Role,
                    // Tokens end when they say (Auth:TokenLifetime); a few seconds cover clocks that drift apart between machines.
                    ClockSkew = TimeSpan.FromSeconds(5),
                };
                jwt.Events = new JwtBearerEvents { OnTokenValidated = RequireActiveSessionAsync };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(CampusGClaims.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(CampusGClaims.AdminRole));
        return builder;
    }

    public static WebApplication UseCampusGAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>A well-signed token counts only while its session is active: signed out, or never signed in, is 401.</summary>
    private static async Task RequireActiveSessionAsync(TokenValidatedContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ISessionStore>();
        var session = context.Principal?.FindFirst(CampusGClaims.Session)?.Value;
        if (!Guid.TryParse(session, out var sessionId) || !await sessions.IsActiveAsync(sessionId, context.HttpContext.RequestAborted))
        {
            context.Fail("The session has ended.");
        }
    }

    private static void AddSessionStore(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var redis = configuration.GetConnectionString("Redis");
        var useRedis = RedisStoreSetting.UsesRedis(configuration, $"{AuthOptions.SectionName}:{nameof(AuthOptions.SessionStore)}", "Sqlite");
        if (useRedis)
        {
            builder.Services.AddHostedService<SessionStoreConnection>();
        }

        builder.Services.AddSingleton<ISessionStore>(sp => useRedis
            ? new RedisSessionStore(
                redis!, sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RedisSessionStore>>())
            : new SqliteSessionStore(configuration["CampusG:DataDirectory"] ?? "./data", sp.GetRequiredService<TimeProvider>()));
    }
}
