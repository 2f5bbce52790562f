using System.Text.Json.Nodes;
using CampusG.Web.Gateway;

namespace CampusG.Host.Tests;

/// <summary>The gateway's merge of the module processes' OpenAPI documents into its own.</summary>
public sealed class OpenApiMergeTests
{
    private static readonly JsonObject Gateway = Document("""
        {
          "openapi": "3.1.1",
          "info": { "title": "CampusG API", "version": "v1" },
          "paths": { "/v1/admin/dead-letters": { "get": { "tags": ["Operations"], "summary": "gateway's" } } },
          "components": { "schemas": { "ApiError": { "type": "object", "properties": { "code": { "type": "string" } } } } },
          "tags": [{ "name": "Operations" }]
        }
        """);

    [Fact]
    public void PathsAndTags_OfEveryModule_AreListed_TheFirstToNameAnOperationKeepsIt()
    {
        var orders = Document("""
            {
              "openapi": "3.1.1", "info": { "title": "Orders" }, "servers": [{ "url": "http://127.0.0.1:5082/" }],
              "paths": {
                "/v1/orders": { "post": { "tags": ["Orders"] }, "get": { "tags": ["Orders"] } },
                "/v1/admin/dead-letters": { "get": { "tags": ["Operations"], "summary": "orders'" } }
              },
              "tags": [{ "name": "Orders" }, { "name": "Operations" }]
            }
            """);
        var tracking = Document("""
            { "paths": { "/v1/orders/{orderId}/events": { "get": { "tags": ["Tracking"] } } }, "tags": [{ "name": "Tracking" }] }
            """);

        var merged = OpenApiMerge.Merge(Gateway, [new("Orders", orders), new("Tracking", tracking)]);

        Assert.Equal(
            ["GET /v1/admin/dead-letters", "GET /v1/orders", "GET /v1/orders/{orderId}/events", "POST /v1/orders"],
            Operations(merged));
        Assert.Equal("gateway's", merged["paths"]!["/v1/admin/dead-letters"]!["get"]!["summary"]!.GetValue<string>());
        Assert.Equal(["Operations", "Orders", "Tracking"], merged["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal("CampusG API", merged["info"]!["title"]!.GetValue<string>());
        Assert.Null(merged["servers"]);
        Assert.Null(Gateway["paths"]!["/v1/orders"]);
    }

    [Fact]
    public void IdenticalComponents_AreListedOnce_SecuritySchemesToo()
    {
        const string Module = """
            {
              "paths": { "/v1/x": { "get": { "security": [{ "Bearer": [] }], "responses": { "400": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ApiError" } } } } } } } },
              "components": {
                "schemas": { "ApiError": { "type": "object", "properties": { "code": { "type": "string" } } } },
                "securitySchemes": { "Bearer": { "type": "http", "scheme": "bearer" } }
              }
            }
            """;

        var merged = OpenApiMerge.Merge(Gateway, [new("Orders", Document(Module)), new("Users", Document(Module.Replace("/v1/x", "/v1/y", StringComparison.Ordinal)))]);

        Assert.Equal(["ApiError"], Names(merged, "schemas"));
        Assert.Equal(["Bearer"], Names(merged, "securitySchemes"));
        Assert.Equal("#/components/schemas/ApiError", Ref(merged, "/v1/y"));
        Assert.Equal("Bearer", merged["paths"]!["/v1/y"]!["get"]!["security"]![0]!.AsObject().Single().Key);
    }

    [Fact]
    public void ASchemaNamedLikeADifferentOne_IsRenamedAfterItsModule_AndItsReferencesFollow()
    {
        const string OrderView = """
            {
              "paths": { "/v1/{0}": { "get": { "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OrderView" } } } } } } } },
              "components": { "schemas": {
                "OrderView": { "type": "object", "properties": { "status": { "$ref": "#/components/schemas/Status" } } },
                "Status": { "enum": [{1}] }
              } }
            }
            """;
        var orders = Document(OrderView.Replace("{0}", "orders", StringComparison.Ordinal).Replace("{1}", "\"PLACED\"", StringComparison.Ordinal));
        var tracking = Document(OrderView.Replace("{0}", "tracking", StringComparison.Ordinal).Replace("{1}", "\"PLACED\", \"LATE\"", StringComparison.Ordinal));
        var riders = Document(OrderView.Replace("{0}", "riders", StringComparison.Ordinal).Replace("{1}", "\"PLACED\", \"LATE\"", StringComparison.Ordinal));

        var merged = OpenApiMerge.Merge(Gateway, [new("Orders", orders), new("Tracking", tracking), new("Riders", riders)]);
        var again = OpenApiMerge.Merge(Gateway, [new("Orders", orders), new("Tracking", tracking), new("Riders", riders)]);

        // Tracking's Status differs, so its OrderView (which points at it) differs too; Riders' are Tracking's, under other names.
        Assert.Equal(["ApiError", "OrderView", "RidersOrderView", "RidersStatus", "Status", "TrackingOrderView", "TrackingStatus"], Names(merged, "schemas"));
        Assert.Equal("#/components/schemas/OrderView", Ref(merged, "/v1/orders"));
        Assert.Equal("#/components/schemas/TrackingOrderView", Ref(merged, "/v1/tracking"));
        Assert.Equal("#/components/schemas/TrackingStatus", merged["components"]!["schemas"]!["TrackingOrderView"]!["properties"]!["status"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Status", merged["components"]!["schemas"]!["OrderView"]!["properties"]!["status"]!["$ref"]!.GetValue<string>());
        Assert.Equal(2, merged["components"]!["schemas"]!["TrackingStatus"]!["enum"]!.AsArray().Count);
        Assert.Equal(merged.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public void ARenamedName_ThatIsTaken_GetsANumber_AndARenamedSecuritySchemeIsRenamedWhereItIsRequired()
    {
        var gateway = Document("""
            { "paths": {}, "components": {
                "schemas": { "Item": { "type": "string" }, "OrdersItem": { "type": "boolean" } },
                "securitySchemes": { "Bearer": { "type": "http", "scheme": "bearer" } } } }
            """);
        var orders = Document("""
            {
              "paths": { "/v1/orders": { "get": { "security": [{ "Bearer": [] }], "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Item" } } } } } } } },
              "components": {
                "schemas": { "Item": { "type": "integer" } },
                "securitySchemes": { "Bearer": { "type": "apiKey", "in": "header", "name": "X-Key" } }
              }
            }
            """);

        var merged = OpenApiMerge.Merge(gateway, [new("Orders", orders)]);

        Assert.Equal(["Item", "OrdersItem", "OrdersItem2"], Names(merged, "schemas"));
        Assert.Equal("#/components/schemas/OrdersItem2", Ref(merged, "/v1/orders"));
        Assert.Equal(["Bearer", "OrdersBearer"], Names(merged, "securitySchemes"));
        Assert.Equal("OrdersBearer", merged["paths"]!["/v1/orders"]!["get"]!["security"]![0]!.AsObject().Single().Key);
    }

    private static JsonObject Document(string json) => JsonNode.Parse(json)!.AsObject();

    private static List<string> Operations(JsonObject document) =>
        [.. document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .Order(StringComparer.Ordinal)];

    private static List<string> Names(JsonObject document, string kind) =>
        [.. document["components"]![kind]!.AsObject().Select(entry => entry.Key).Order(StringComparer.Ordinal)];

    private static string Ref(JsonObject document, string path) =>
        document["paths"]![path]!["get"]!["responses"]!.AsObject().Single().Value!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
}
