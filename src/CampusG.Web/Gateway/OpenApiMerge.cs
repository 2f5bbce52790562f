using System.Text.Json.Nodes;

namespace CampusG.Web.Gateway;

/// <summary>One OpenAPI document to merge and the module(s) whose it is.</summary>
internal sealed record OpenApiSource(string Name, JsonObject Document);

/// <summary>
/// Merges the module processes' OpenAPI documents into the gateway's own, in the order given, so the first document
/// that names an operation, tag or component keeps it. A component that another document already has unchanged is
/// not repeated; one that has the same name but differs is added as <c>{Source}{Name}</c> (a number after it if that
/// is taken too) and every reference to it in its document follows: <c>$ref</c>s, and the keys of <c>security</c>
/// requirements for a security scheme. Only paths, components and tags come from the sources; the first document
/// keeps its own version, info and the rest (a source's <c>servers</c> name its private address).
/// </summary>
internal static class OpenApiMerge
{
    private const string ComponentsPrefix = "#/components/";

    public static JsonObject Merge(JsonObject first, IEnumerable<OpenApiSource> sources)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(sources);
        var merged = (JsonObject)first.DeepClone();
        foreach (var source in sources)
        {
            var document = (JsonObject)source.Document.DeepClone();
            var renames = Renames(Child(merged, "components"), document, source.Name);
            Rewrite(document, renames);
            AddComponents(Child(merged, "components"), document["components"] as JsonObject, renames);
            AddPaths(Child(merged, "paths"), document["paths"] as JsonObject);
            AddTags(merged, document["tags"] as JsonArray);
        }

        return merged;
    }

    /// <summary>
    /// The components of <paramref name="document"/> that differ from the merged one of the same name, and their new
    /// names, as <c>#/components/{kind}/{name}</c> references. A component that references a renamed one differs from
    /// what its old name means in the merged document, so this repeats until no more are renamed.
    /// </summary>
    private static Dictionary<string, string> Renames(JsonObject merged, JsonObject document, string source)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        bool renamed;
        do
        {
            renamed = false;
            var components = document["components"]?.DeepClone() as JsonObject ?? [];
            Rewrite(components, renames);
            foreach (var (kind, name, value) in Entries(components))
            {
                var reference = $"{ComponentsPrefix}{kind}/{name}";
                if (!renames.ContainsKey(reference) && merged[kind]?[name] is { } existing && !JsonNode.DeepEquals(existing, value))
                {
                    var newName = FreeName(merged[kind] as JsonObject, components[kind] as JsonObject, taken, kind, $"{Identifier(source)}{name}");
                    renames[reference] = $"{ComponentsPrefix}{kind}/{newName}";
                    renamed = true;
                }
            }
        }
        while (renamed);

        return renames;
    }

    private static string FreeName(JsonObject? merged, JsonObject? own, HashSet<string> taken, string kind, string wanted)
    {
        var name = wanted;
        for (var n = 2; merged?.ContainsKey(name) == true || own?.ContainsKey(name) == true || taken.Contains($"{kind}/{name}"); n++)
        {
            name = $"{wanted}{n}";
        }

        taken.Add($"{kind}/{name}");
        return name;
    }

    private static void AddComponents(JsonObject merged, JsonObject? components, Dictionary<string, string> renames)
    {
        foreach (var (kind, name, value) in Entries(components))
        {
            var target = renames.TryGetValue($"{ComponentsPrefix}{kind}/{name}", out var reference)
                ? reference[(ComponentsPrefix.Length + kind.Length + 1)..]
                : name;
            var ofKind = Child(merged, kind);
            ofKind.TryAdd(target, value.DeepClone());
        }
    }

    private static void AddPaths(JsonObject merged, JsonObject? paths)
    {
        foreach (var (path, item) in paths ?? [])
        {
            var mergedItem = Child(merged, path);
            foreach (var (key, operation) in item as JsonObject ?? [])
            {
                mergedItem.TryAdd(key, operation?.DeepClone());
            }
        }
    }

    private static void AddTags(JsonObject merged, JsonArray? tags)
    {
        if (tags is null or [])
        {
            return;
        }

        var mergedTags = merged["tags"] as JsonArray ?? [];
        merged["tags"] = mergedTags;
        var names = mergedTags.Select(Name).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in tags.Where(tag => names.Add(Name(tag))))
        {
            mergedTags.Add(tag?.DeepClone());
        }

        static string? Name(JsonNode? tag) => tag?["name"]?.GetValue<string>();
    }

    /// <summary>Points every reference named in <paramref name="renames"/> at the new name.</summary>
    private static void Rewrite(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference) && renames.TryGetValue(reference, out var renamed))
                {
                    obj["$ref"] = renamed;
                }

                if (obj["security"] is JsonArray requirements)
                {
                    RenameSchemes(requirements, renames);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child, renames);
                }

                break;
        }
    }

    private static void RenameSchemes(JsonArray requirements, IReadOnlyDictionary<string, string> renames)
    {
        const string Schemes = ComponentsPrefix + "securitySchemes/";
        foreach (var requirement in requirements.OfType<JsonObject>())
        {
            foreach (var (scheme, scopes) in requirement.ToList())
            {
                if (renames.TryGetValue(Schemes + scheme, out var renamed))
                {
                    requirement.Remove(scheme);
                    requirement[renamed[Schemes.Length..]] = scopes;
                }
            }
        }
    }

    private static IEnumerable<(string Kind, string Name, JsonNode Value)> Entries(JsonObject? components) =>
        from kind in components ?? []
        where kind.Value is JsonObject
        from entry in (JsonObject)kind.Value!
        where entry.Value is not null
        select (kind.Key, entry.Key, entry.Value!);

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject child)
        {
            return child;
        }

        child = [];
        parent[name] = child;
        return child;
    }

    private static string Identifier(string source) => string.Concat(source.Where(char.IsAsciiLetterOrDigit));
}
