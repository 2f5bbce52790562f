using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.ServiceDefaults.Errors;
using CampusG.Web.Session;

namespace CampusG.Web.Api;

/// <summary>
/// The UI's only way to the platform: the public HTTP API (docs/api.md), with the circuit's bearer token. Every call
/// returns an <see cref="ApiResult{T}"/>; a 401 on a signed-in call ends the session.
/// </summary>
public sealed partial class CampusApiClient(HttpClient http, UserSession session)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<UserProfile>> SignUpAsync(SignUpRequest request) => SendAsync<UserProfile>(HttpMethod.Post, "v1/users", request);

    public Task<ApiResult<TokenResponse>> SignInAsync(string email, string password) =>
        SendAsync<TokenResponse>(HttpMethod.Post, "v1/auth/token", new { email, password });

    /// <summary>Ends the token on the API's side (<c>POST /v1/auth/logout</c>); the caller ignores the outcome.</summary>
    public Task<ApiResult<Done>> SignOutAsync() => SendAsync<Done>(HttpMethod.Post, "v1/auth/logout");

    public Task<ApiResult<UserProfile>> GetMeAsync() => SendAsync<UserProfile>(HttpMethod.Get, "v1/users/me");

    public Task<ApiResult<PaymentMethod>> SavePaymentMethodAsync(PaymentMethodRequest request) =>
        SendAsync<PaymentMethod>(HttpMethod.Put, "v1/users/me/payment-method", request);

    public Task<ApiResult<ItemList<Notification>>> ListNotificationsAsync(int limit = 50) =>
        SendAsync<ItemList<Notification>>(HttpMethod.Get, $"v1/notifications?limit={limit}");

    private Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body = null, string? idempotencyKey = null) =>
        SendAsync<T>(method, path, body is null ? null : JsonContent.Create(body, options: Json), request =>
        {
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }
        });

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        var token = session.Token;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        try
        {
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                return typeof(T) == typeof(Done)
                    ? new ApiResult<T>((T)(object)new Done(), null)
                    : new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json), null);
            }

            var problem = await ProblemAsync(response);
            if (problem.IsUnauthenticated && token is not null)
            {
                await session.SignOutAsync();
            }

            return new ApiResult<T>(default, problem);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, ApiProblem.Unreachable(e.Message));
        }
        catch (TaskCanceledException)
        {
            return new ApiResult<T>(default, ApiProblem.Unreachable("timed out"));
        }
    }

    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ApiErrorResponse>(Json);
            if (body?.Errors is { Count: > 0 } errors)
            {
                return new ApiProblem(status, errors, RetryAfter(response));
            }
        }
        catch (JsonException)
        {
            // Not the API's error shape (e.g. a proxy's page): fall back to the status line.
        }

        return new ApiProblem(status, [ApiError.Create(status, "HTTP_" + status, $"The service answered {status} {response.ReasonPhrase}.")], RetryAfter(response));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}

/// <summary>The body of a call that answers without one (e.g. <c>202</c>).</summary>
public sealed record Done;
