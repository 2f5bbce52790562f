using CampusG.Auth;
using CampusG.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CampusG.Users.Tests;

/// <summary>A host running only Users, with a message probe, an admin e-mail and a test-only admin route.</summary>
public sealed class UsersHostFixture : CampusGHostFixture
{
    public const string AdminEmail = "Ops.Admin@CampusG.test";
    public const string AdminOnlyPath = "/test/admin-only";

    protected override void Configure(CampusGHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Apply(options);
    }

    internal static CampusGHostOptions Apply(CampusGHostOptions options)
    {
        options.Configuration["CampusG:Modules"] = "Users";
        options.Configuration["CampusG:AdminEmail"] = AdminEmail;
        var configureServices = options.ConfigureServices;
        options.ConfigureServices = b =>
        {
            b.AddMessageProbe();
            configureServices?.Invoke(b);
        };
        options.ConfigureApp = app => app.MapGet(AdminOnlyPath, () => TypedResults.Ok("admin")).RequireAuthorization(CampusGClaims.AdminPolicy);
        return options;
    }
}
