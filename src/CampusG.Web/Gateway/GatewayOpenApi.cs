using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace CampusG.Web.Gateway;

/// <summary>
/// The gateway's <c>/openapi/v1.json</c> (and so <c>/docs</c>): its own document (the dead-letter view it answers
/// itself) merged with every module process's (<see cref="OpenApiMerge"/>). The merged document is kept for
/// <see cref="Refresh"/>; a module that does not answer is left out with a warning in the log and a sentence in the
/// document's description, and the next request asks it again. A module has the gateway client's 10 seconds to answer:
/// a module process generates its document on the first request, which takes seconds on a busy machine.
/// </summary>
internal sealed partial class GatewayOpenApi(
    GatewayModules modules,
    IHttpClientFactory clients,
    [FromKeyedServices(GatewayOpenApi.DocumentName)] IOpenApiDocumentProvider own,
    IOptionsMonitor<OpenApiOptions> options,
    TimeProvider time,
    ILogger<GatewayOpenApi> logger)
{
    public const string DocumentName = "v1";

    /// <summary>How long a merged document of every module is served before the modules are asked again.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    private Merged? _merged;

    /// <summary>Maps <c>/openapi/v1.json</c>: a literal route, so it wins over the generated document's <c>/openapi/{documentName}.json</c>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet($"/openapi/{DocumentName}.json", async (GatewayOpenApi document, CancellationToken cancellationToken) =>
            Results.Text(await document.JsonAsync(cancellationToken), "application/json; charset=utf-8"))
            .ExcludeFromDescription();

    public async Task<string> JsonAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_merged is { } merged && merged.Until > now)
        {
            return merged.Json;
        }

        var gateway = JsonNode.Parse(await (await own.GetOpenApiDocumentAsync(cancellationToken))
            .SerializeAsJsonAsync(options.Get(DocumentName).OpenApiVersion, cancellationToken))!.AsObject();
        var processes = modules.Addresses
            .GroupBy(module => module.Value)
            .Select(process => (Name: string.Join('+', process.Select(m => m.Key).Order(StringComparer.Ordinal)), Address: process.Key))
            .OrderBy(process => process.Name, StringComparer.Ordinal)
            .ToList();
        var documents = await Task.WhenAll(processes.Select(process => FetchAsync(process.Name, process.Address, cancellationToken)));
        var missing = processes.Where((_, index) => documents[index] is null).Select(process => process.Name).ToList();
        var document = OpenApiMerge.Merge(gateway, documents.OfType<OpenApiSource>());
        if (missing.Count > 0 && document["info"] is JsonObject info)
        {
            info["description"] = $"{info["description"]?.GetValue<string>()} Not listed: the routes of {string.Join(", ", missing)}, which did not answer; reload to ask again.".TrimStart();
        }

        var json = document.ToJsonString();
        _merged = missing.Count == 0 ? new Merged(json, now + Refresh) : null;
        return json;
    }

    private async Task<OpenApiSource?> FetchAsync(string name, Uri address, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(GatewayModules.ClientName);
        try
        {
            using var response = await client.GetAsync(new Uri(address, $"/openapi/{DocumentName}.json"), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogMissing(logger, name, address, $"HTTP {(int)response.StatusCode}");
                return null;
            }

            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
            if (document?["paths"] is not JsonObject)
            {
                LogMissing(logger, name, address, "not an OpenAPI document");
                return null;
            }

            return new OpenApiSource(name, document);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogMissing(logger, name, address, ex.GetType().Name);
            return null;
        }
    }

    private sealed record Merged(string Json, DateTimeOffset Until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenAPI document of {Module} at {Address} could not be read ({Reason}); the gateway's document omits its routes")]
    private static partial void LogMissing(ILogger logger, string module, Uri address, string reason);
}
