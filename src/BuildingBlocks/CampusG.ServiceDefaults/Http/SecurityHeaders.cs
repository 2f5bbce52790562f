using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CampusG.ServiceDefaults.Http;

/// <summary>
/// Headers every response carries: <c>X-Content-Type-Options: nosniff</c>, so a browser never runs an upload or an
/// error body as another type than the one declared; and on <c>/v1</c>, the API, where answers are about people
/// (orders, profiles, proofs, notifications), <c>Cache-Control: no-store</c>, so no browser or proxy keeps a copy.
/// Set when the response starts, so error answers written by the exception handler (which clears headers) have them too.
/// </summary>
internal static class SecurityHeaders
{
    private static readonly PathString Api = new("/v1");

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => Apply((HttpContext)state), context);
            return next(context);
        });
        return app;
    }

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
            headers.Remove(HeaderNames.Pragma);
        }

        return Task.CompletedTask;
    }
}
