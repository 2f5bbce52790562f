using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Web.Gateway;

/// <summary>
/// <c>/v1/admin/dead-letters</c> behind the gateway: every module keeps its own dead letters, so the list is the
/// newest of all modules' lists and a replay goes to the module that holds that dead letter.
/// </summary>
internal static class DeadLetterFanOut
{
    public static void MapDeadLetterFanOut(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/v1/admin/dead-letters").RequireAuthorization(CampusGClaims.AdminPolicy).WithTags("Operations");
        admin.MapGet("/", ListAsync);
        admin.MapPost("/{id:guid}/replay", ReplayAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, GatewayModules modules, IHttpClientFactory clients, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
        {
            throw ApiErrors.Validation(("limit", "limit must be between 1 and 500."));
        }

        using var client = clients.CreateClient(GatewayModules.ClientName);
        var lists = await Task.WhenAll(modules.Addresses.Select(module =>
            SendAsync(client, http, HttpMethod.Get, module, $"/v1/admin/dead-letters?limit={limit ?? 100}", cancellationToken)));
        var items = new List<JsonElement>();
        foreach (var response in lists)
        {
            using (response)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return Results.Json(body, statusCode: (int)response.StatusCode);
                }

                items.AddRange(body.GetProperty("items").EnumerateArray());
            }
        }

        var newest = items.OrderByDescending(item => item.GetProperty("failedAt").GetDateTimeOffset()).Take(limit ?? 100);
        return Results.Json(new { items = newest });
    }

    private static async Task<IResult> ReplayAsync(Guid id, HttpContext http, GatewayModules modules, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(GatewayModules.ClientName);
        foreach (var module in modules.Addresses)
        {
            using var response = await SendAsync(client, http, HttpMethod.Post, module, $"/v1/admin/dead-letters/{id}/replay", cancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return Results.Content(body, response.Content.Headers.ContentType?.ToString(), statusCode: (int)response.StatusCode);
            }
        }

        throw new ApiException(404, "DEAD_LETTER_NOT_FOUND", "No dead letter has this id.");
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpContext http, HttpMethod method, KeyValuePair<string, Uri> module, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(module.Value, path));
        request.Headers.TryAddWithoutValidation("Authorization", http.Request.Headers.Authorization.ToString());
        try
        {
            return await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            throw new ApiException(503, "SERVICE_UNAVAILABLE", $"The {module.Key} service did not answer; try again shortly.");
        }
    }
}
