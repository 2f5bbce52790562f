using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace CampusG.ServiceDefaults.OpenApi;

internal static class OpenApiExtensions
{
    private const string Title = "CampusG API";

    public static IServiceCollection AddCampusGOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = Title;
                document.Info.Version = "v1";
                document.Info.Description = "The CampusG public HTTP API. Every 4xx/5xx body is {\"errors\":[{\"status\",\"code\",\"detail\"}]}.";
                return Task.CompletedTask;
            })
            .AddSchemaTransformer((schema, context, _) =>
            {
                DescribeCustomConverted(schema, context.JsonTypeInfo.Type);
                return Task.CompletedTask;
            }));

    /// <summary>
    /// Strings and decimals have converters of our own (plain text, money), for which the schema generator writes no
    /// type; this puts the types back, and money's two decimal places.
    /// </summary>
    private static void DescribeCustomConverted(OpenApiSchema schema, Type type)
    {
        if (type == typeof(string))
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (type == typeof(decimal) || type == typeof(decimal?))
        {
            schema.Type = type == typeof(decimal) ? JsonSchemaType.Number : JsonSchemaType.Number | JsonSchemaType.Null;
            schema.MultipleOf = 0.01m;
        }
    }

    /// <summary>The document at <c>/openapi/v1.json</c> and a browsable reference at <c>/docs</c>.</summary>
    public static WebApplication MapCampusGOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options
            .WithTitle(Title)
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
