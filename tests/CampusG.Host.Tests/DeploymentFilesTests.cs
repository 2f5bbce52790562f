using System.Diagnostics;
using CampusG.Host.Modules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampusG.Host.Tests;

/// <summary>
/// The deployment files run every module of the catalog in a process of its own and route the gateway to each, so
/// they cannot drift from the code: deploy/compose.yaml, its podman test override, and the Kubernetes manifests as
/// kustomize renders the campus overlay (Debian's kubectl of the machine image).
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = FindRoot();
    private static readonly string[] Servers = ["postgres", "rabbitmq", "redis"];
    private static readonly IReadOnlyList<string> Modules = [.. ModuleCatalog.CreateAll().Select(module => module.Name)];

    [Fact]
    public void Compose_RunsEveryModuleInAServiceOfItsOwn_AfterTheServersAreHealthy_AndTheGatewayAfterEveryModule()
    {
        var services = Child(Load(Path.Combine(Root, "deploy", "compose.yaml")).Single(), "services");

        Assert.Equal([.. Servers.Concat(Modules.Select(Service)).Append("gateway").Order()], Keys(services).Order());
        foreach (var module in Modules)
        {
            var service = Child(services, Service(module));
            var environment = Child(service, "environment");
            Assert.Equal((module, "Distributed"), (Text(environment, "CampusG__Modules"), Text(environment, "CampusG__Mode")));
            Assert.Contains($"{Service(module)}-data:/data", Items(service, "volumes"));
            Assert.All(Servers, server => Assert.Equal("service_healthy", Text(Child(Child(service, "depends_on"), server), "condition")));
        }

        var gateway = Child(services, "gateway");
        var routes = Child(gateway, "environment");
        Assert.DoesNotContain("CampusG__Modules", Keys(routes));
        Assert.All(Modules, module => Assert.Equal($"http://{Service(module)}:8080", Text(routes, $"Gateway__Modules__{module}")));
        Assert.All(Modules, module => Assert.Equal("service_healthy", Text(Child(Child(gateway, "depends_on"), Service(module)), "condition")));
        Assert.Contains(Items(gateway, "ports"), port => port.EndsWith(":8080", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContainerTestsOverride_CoversEveryServiceOfTheComposeFile()
    {
        var compose = Child(Load(Path.Combine(Root, "deploy", "compose.yaml")).Single(), "services");
        var test = Child(Load(Path.Combine(Root, "deploy", "podman", "compose.test.yaml")).Single(), "services");

        Assert.Equal(Keys(compose), Keys(test));
        Assert.All(Keys(test), service => Assert.NotNull(Child(Child(test, service), "ulimits")));
    }

    [Fact]
    public void Kubernetes_HasADeploymentAndServicePerModule_WithBothProbes_AndTheGatewayRoutesToEach()
    {
        var documents = RenderCampusOverlay();

        foreach (var module in Modules)
        {
            var name = $"campusg-{Service(module)}";
            var container = AssertProbedDeployment(documents, name);
            Assert.Equal(module, EnvironmentOf(container)["CampusG__Modules"]);
            AssertServiceSelects(documents, name);
        }

        var gateway = AssertProbedDeployment(documents, "campusg-gateway");
        var routes = EnvironmentOf(gateway);
        Assert.All(Modules, module => Assert.Equal($"http://campusg-{Service(module)}:8080", routes[$"Gateway__Modules__{module}"]));
        AssertServiceSelects(documents, "campusg-gateway");
        var budget = Single(documents, "PodDisruptionBudget", "campusg-gateway");
        Assert.Equal(Labels(Child(Child(Child(Single(documents, "Deployment", "campusg-gateway"), "spec"), "template"), "metadata")),
            Labels(Child(Child(budget, "spec"), "selector")));
        Assert.Equal("3", Text(Child(Single(documents, "Deployment", "campusg-gateway"), "spec"), "replicas"));
    }

    [Fact]
    public void Kubernetes_EveryProcessRunsAsTheImagesNonRootUser_WithResources_AndTheSharedConfigMapAndSecret()
    {
        var documents = RenderCampusOverlay();
        var deployments = documents.Where(document => Text(document, "kind") == "Deployment").ToList();

        Assert.Equal(Modules.Count + 1, deployments.Count);
        var configMap = Assert.Single(documents, document => Text(document, "kind") == "ConfigMap");
        var secret = Assert.Single(documents, document => Text(document, "kind") == "Secret");
        Assert.Equal("Distributed", Text(Child(configMap, "data"), "CampusG__Mode"));
        Assert.Contains("Auth__SigningKey", Keys(Child(secret, "data")));
        foreach (var deployment in deployments)
        {
            var pod = Child(Child(Child(deployment, "spec"), "template"), "spec");
            Assert.Equal(("true", "1654"), (Text(Child(pod, "securityContext"), "runAsNonRoot"), Text(Child(pod, "securityContext"), "runAsUser")));
            var container = (YamlMappingNode)Assert.Single(Sequence(pod, "containers"));
            Assert.Equal(["limits", "requests"], Keys(Child(container, "resources")).Order());
            var sources = Sequence(container, "envFrom").Cast<YamlMappingNode>()
                .Select(source => Text(source.Children.Values.Cast<YamlMappingNode>().Single(), "name")).ToList();
            Assert.Equal([Text(Child(configMap, "metadata"), "name"), Text(Child(secret, "metadata"), "name")], sources);
        }
    }

    private static YamlMappingNode AssertProbedDeployment(IReadOnlyList<YamlMappingNode> documents, string name)
    {
        var deployment = Single(documents, "Deployment", name);
        var container = (YamlMappingNode)Assert.Single(Sequence(Child(Child(Child(deployment, "spec"), "template"), "spec"), "containers"));
        Assert.Equal("/health/live", Text(Child(Child(container, "livenessProbe"), "httpGet"), "path"));
        Assert.Equal("/health/ready", Text(Child(Child(container, "readinessProbe"), "httpGet"), "path"));
        return container;
    }

    private static void AssertServiceSelects(IReadOnlyList<YamlMappingNode> documents, string name)
    {
        var podLabels = Labels(Child(Child(Child(Single(documents, "Deployment", name), "spec"), "template"), "metadata"));
        var selector = Child(Child(Single(documents, "Service", name), "spec"), "selector");
        Assert.All(Keys(selector), key => Assert.Equal(Text(selector, key), podLabels[key]));
        Assert.Equal(podLabels["app.kubernetes.io/component"], Text(selector, "app.kubernetes.io/component"));
    }

    private static Dictionary<string, string> EnvironmentOf(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().ToDictionary(variable => Text(variable, "name"), variable => Text(variable, "value"));

    private static Dictionary<string, string> Labels(YamlMappingNode node)
    {
        var labels = Child(node, node.Children.ContainsKey("matchLabels") ? "matchLabels" : "labels");
        return Keys(labels).ToDictionary(key => key, key => Text(labels, key));
    }

    private static YamlMappingNode Single(IReadOnlyList<YamlMappingNode> documents, string kind, string name) =>
        Assert.Single(documents, document => Text(document, "kind") == kind && Text(Child(document, "metadata"), "name") == name);

    /// <summary>The campus overlay as <c>kubectl kustomize</c> renders it, the Secret made from secrets.env.example.</summary>
    private static List<YamlMappingNode> RenderCampusOverlay()
    {
        var copy = Directory.CreateTempSubdirectory("campusg-k8s-");
        try
        {
            var source = Path.Combine(Root, "deploy", "k8s");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.FullName, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.Copy(Path.Combine(copy.FullName, "base", "secrets.env.example"), Path.Combine(copy.FullName, "base", "secrets.env"), overwrite: true);
            return [.. LoadText(Kustomize(Path.Combine(copy.FullName, "overlays", "campus")))];
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static string Kustomize(string directory)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "kubectl kustomize did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"kubectl kustomize failed: {error.Result}");
        return output.Result;
    }

    private static List<YamlMappingNode> Load(string path) => LoadText(File.ReadAllText(path));

    private static List<YamlMappingNode> LoadText(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        // MergingParser resolves compose's `<<: *anchor` merge keys.
        stream.Load(new MergingParser(new Parser(reader)));
        return [.. stream.Documents.Select(document => document.RootNode).OfType<YamlMappingNode>()];
    }

    private static YamlMappingNode Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode mapping
            ? mapping
            : throw new KeyNotFoundException($"no mapping '{key}' at line {node.Start.Line}");

    private static string Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode { Value: { } value }
            ? value
            : throw new KeyNotFoundException($"no value '{key}' at line {node.Start.Line}");

    private static IList<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode sequence
            ? sequence.Children
            : throw new KeyNotFoundException($"no list '{key}' at line {node.Start.Line}");

    private static List<string> Items(YamlMappingNode node, string key) => [.. Sequence(node, key).Cast<YamlScalarNode>().Select(item => item.Value!)];

    private static List<string> Keys(YamlMappingNode node) => [.. node.Children.Keys.Cast<YamlScalarNode>().Select(key => key.Value!)];

    private static string Service(string module) => module.ToLowerInvariant();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampusG.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"no CampusG.slnx above {AppContext.BaseDirectory}");
    }
}
