using System.Reflection;

namespace CampusG.Architecture.Tests;

/// <summary>
/// The module boundary rules of docs/module-guide.md, as a check over compiled assemblies:
/// a module references only building blocks and other modules' contracts, exposes only its module
/// class, and its contracts are sealed types that depend on nothing but the messaging abstractions.
/// </summary>
public static class ModuleRules
{
    private static readonly HashSet<string> BuildingBlocks = new(StringComparer.Ordinal)
    {
        "CampusG.Messaging.Abstractions", "CampusG.Messaging", "CampusG.Messaging.RabbitMq",
        "CampusG.Persistence", "CampusG.ServiceDefaults", "CampusG.PaymentGateway", "CampusG.Auth", "CampusG.Hosting",
    };

    private static readonly HashSet<string> Hosts = new(StringComparer.Ordinal) { "CampusG.Host", "CampusG.Web" };

    public enum Kind
    {
        External,
        BuildingBlock,
        Host,
        Contracts,
        Module,
    }

    public static Kind KindOf(string? assemblyName) => assemblyName switch
    {
        null => Kind.External,
        _ when !assemblyName.StartsWith("CampusG.", StringComparison.Ordinal) => Kind.External,
        _ when BuildingBlocks.Contains(assemblyName) => Kind.BuildingBlock,
        _ when Hosts.Contains(assemblyName) => Kind.Host,
        _ when assemblyName.EndsWith(".Contracts", StringComparison.Ordinal) => Kind.Contracts,
        _ => Kind.Module,
    };

    public static List<string> Check(IEnumerable<Assembly> assemblies)
    {
        var violations = new List<string>();
        foreach (var assembly in assemblies)
        {
            var name = assembly.GetName().Name!;
            var references = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            switch (KindOf(name))
            {
                case Kind.Module:
                    violations.AddRange(references
                        .Where(r => KindOf(r) is Kind.Module or Kind.Host)
                        .Select(r => $"{name} references {r}: a module may use only building blocks and other modules' .Contracts"));
                    violations.AddRange(assembly.GetExportedTypes()
                        .Where(t => t.Name != name["CampusG.".Length..] + "Module" && !IsGeneratedMigration(t))
                        .Select(t => $"{name} exposes {t.FullName}: a module's only public type is its module class"));
                    break;
                case Kind.Contracts:
                    violations.AddRange(references
                        .Where(r => KindOf(r) != Kind.External && r != "CampusG.Messaging.Abstractions")
                        .Select(r => $"{name} references {r}: contracts depend only on CampusG.Messaging.Abstractions"));
                    violations.AddRange(assembly.GetExportedTypes()
                        .Where(t => !t.IsEnum && !(t.IsClass && t.IsSealed))
                        .Select(t => $"{name} exposes {t.FullName}: contracts are sealed records"));
                    break;
                case Kind.BuildingBlock:
                    violations.AddRange(references
                        .Where(r => KindOf(r) is Kind.Module or Kind.Contracts or Kind.Host)
                        .Select(r => $"{name} references {r}: building blocks know no module"));
                    break;
            }
        }

        return violations;
    }

    // EF Core generates migrations as public classes; nothing calls them but EF itself.
    private static bool IsGeneratedMigration(Type type) =>
        type.BaseType?.FullName is "Microsoft.EntityFrameworkCore.Migrations.Migration"
            or "Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot";

    /// <summary>Every CampusG assembly the host loads, found by walking its references.</summary>
    public static List<Assembly> ClosureOf(Assembly root)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal) { [root.GetName().Name!] = root };
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (KindOf(reference.Name) != Kind.External && !seen.ContainsKey(reference.Name!))
                {
                    var loaded = Assembly.Load(reference);
                    seen[reference.Name!] = loaded;
                    pending.Push(loaded);
                }
            }
        }

        return [.. seen.Values];
    }
}
