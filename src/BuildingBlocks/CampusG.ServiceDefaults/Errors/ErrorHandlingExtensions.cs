using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.ServiceDefaults.Errors;

internal static class ErrorHandlingExtensions
{
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Body binding failures become BadHttpRequestExceptions the handler maps to INVALID_JSON,
        // instead of a bare 400 that is only logged (the default outside Development).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseApiErrorHandling(this WebApplication app)
    {
        // ApiExceptionHandler handles every exception; the delegate is the middleware's required fallback.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteStatusErrorAsync });
        // Responses that end with only a status code (unknown route, 405, a bare 401/403) get the error body too.
        app.UseStatusCodePages(context => WriteStatusErrorAsync(context.HttpContext));
        return app;
    }

    private static Task WriteStatusErrorAsync(HttpContext context) =>
        ApiErrorWriter.WriteAsync(context, context.Response.StatusCode, [ErrorMapping.FromStatus(context)]);
}
