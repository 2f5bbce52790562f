using CampusG.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CampusG.Messaging.Tests;

/// <summary>Which connection string a module gets in distributed mode, and the defaults it carries.</summary>
public sealed class PostgresConnectionTests
{
    private const string Server = "Host=db.campus.example;Port=5432;Username=campusg;Password=secret";

    [Fact]
    public void TheServersString_GetsTheModulesDatabase_AndPreparedStatements()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.For(Configuration(("ConnectionStrings:PostgreSql", Server)), "Orders"));

        Assert.Equal("campusg_orders", builder.Database);
        Assert.Equal("db.campus.example", builder.Host);
        Assert.Equal(PostgresConnection.AutoPreparedStatements, builder.MaxAutoPrepare);
    }

    [Fact]
    public void AModulesOwnString_IsKept_AndGetsPreparedStatements()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.For(
            Configuration(("ConnectionStrings:PostgreSql", Server), ("ConnectionStrings:Orders", Server + ";Database=orders_db")), "Orders"));

        Assert.Equal("orders_db", builder.Database);
        Assert.Equal(PostgresConnection.AutoPreparedStatements, builder.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("MaxAutoPrepare=8", 8)]
    public void AStringThatSetsPreparation_KeepsItsValue(string setting, int expected)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.For(Configuration(("ConnectionStrings:PostgreSql", $"{Server};{setting}")), "Orders"));

        Assert.Equal(expected, builder.MaxAutoPrepare);
    }

    [Fact]
    public void NoConnectionString_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresConnection.For(Configuration(), "Orders"));

        Assert.Contains("ConnectionStrings:PostgreSql", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
