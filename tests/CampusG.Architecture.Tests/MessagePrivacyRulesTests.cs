using System.Reflection;
using CampusG.Messaging;
using CampusG.Messaging.Privacy;
using CampusG.Tracking;

namespace CampusG.Architecture.Tests;

/// <summary>The event log knows every module's messages, and every token on the bus is marked sensitive.</summary>
public sealed class MessagePrivacyRulesTests
{
    private static readonly List<Type> Messages = [.. ModuleRules.ClosureOf(typeof(Program).Assembly)
        .Where(a => ModuleRules.KindOf(a.GetName().Name!) == ModuleRules.Kind.Contracts)
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => t.GetCustomAttribute<MessageAttribute>() is not null)];

    [Fact]
    public void TheEventLog_KnowsEveryMessageOfEveryModule()
    {
        var vocabulary = (MessageCatalog)typeof(TrackingModule).GetProperty("Vocabulary", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Assert.Empty(Messages.Except(vocabulary.Types).Select(t => t.FullName));
        Assert.True(Messages.Count > 30, $"only {Messages.Count} message types found");
    }

    [Fact]
    public void EveryTokenOrCardField_IsMarkedSensitive()
    {
        Assert.Empty(Unmarked(Messages));
    }

    [Fact]
    public void AnUnmarkedToken_IsCaught()
    {
        Assert.Equal(["UnmarkedToken.PayoutToken"], Unmarked([typeof(UnmarkedToken), typeof(MarkedToken)]));
    }

    /// <summary>Fields whose names say token or card detail and whose contract does not mark them sensitive.</summary>
    private static List<string> Unmarked(IEnumerable<Type> messages) => [.. messages
        .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p.Name)))
        .Where(f => IsSecretByName(f.Property) && !MessagePrivacy.Of(f.Type).Sensitive.Contains(char.ToLowerInvariant(f.Property[0]) + f.Property[1..]))
        .Select(f => $"{f.Type.Name}.{f.Property}")];

    private static bool IsSecretByName(string property) =>
        property.Contains("Token", StringComparison.Ordinal) || property is "Last4" or "Brand" or "CardNumber" or "Cvc";

    [Message("test.unmarked")]
    public sealed record UnmarkedToken(Guid OrderId, string PayoutToken);

    [Message("test.marked")]
    public sealed record MarkedToken(Guid OrderId, [Sensitive] string GatewayToken);
}
