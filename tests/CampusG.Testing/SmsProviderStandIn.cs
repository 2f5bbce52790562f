using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampusG.Testing;

/// <summary>One request the stand-in received: who it was for, what it said, whether its signature held and what it answered.</summary>
public sealed record SmsRequest(string To, string Template, IReadOnlyDictionary<string, string> Variables, bool SignatureValid, int Answered);

/// <summary>
/// The SMS provider's webhook, in the test process (the real providers are unreachable here): a Kestrel server on a
/// free loopback port that checks <c>X-CampusG-Signature</c> (HMAC-SHA256 of the body with <see cref="Secret"/>;
/// a bad one is answered 401 and never counts as sent), records every request and answers <c>202</c>, or <c>500</c>
/// while told to fail, or nothing at all (it hangs until the client gives up) while told to hang.
/// </summary>
public sealed class SmsProviderStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SmsRequest> _requests = new();
    private int _failures;
    private int _hangs;

    private SmsProviderStandIn(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
    }

    public string Secret { get; }

    /// <summary>The webhook's address (<c>Notifications:Sms:WebhookUrl</c>).</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<SmsRequest> Requests => [.. _requests];

    /// <summary>The requests answered 202, i.e. the SMS the provider would have sent.</summary>
    public IReadOnlyList<SmsRequest> Sent(string to) => [.. _requests.Where(r => r.To == to && r.Answered == StatusCodes.Status202Accepted)];

    public IReadOnlyList<SmsRequest> To(string to) => [.. _requests.Where(r => r.To == to)];

    /// <summary>The next <paramref name="count"/> validly signed requests get <c>500</c> (<see cref="int.MaxValue"/>: down until told otherwise).</summary>
    public void FailNext(int count) => Volatile.Write(ref _failures, count);

    /// <summary>The next <paramref name="count"/> validly signed requests get no answer until the client gives up.</summary>
    public void HangNext(int count) => Volatile.Write(ref _hangs, count);

    /// <summary>Answers 202 again.</summary>
    public void Recover()
    {
        FailNext(0);
        HangNext(0);
    }

    public static async Task<SmsProviderStandIn> StartAsync(string? secret = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new SmsProviderStandIn(builder.Build(), secret ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        standIn._app.MapPost("/sms", standIn.HandleAsync);
        await standIn._app.StartAsync();
        var address = standIn._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        standIn.Url = new Uri(new Uri(address), "/sms");
        return standIn;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));
        var valid = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(http.Request.Headers["X-CampusG-Signature"].ToString()), Encoding.ASCII.GetBytes(expected));
        var status = !valid ? StatusCodes.Status401Unauthorized
            : TakeOne(ref _hangs) ? 0
            : TakeOne(ref _failures) ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status202Accepted;
        _requests.Enqueue(Parse(body, valid, status));
        if (status == 0)
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        http.Response.StatusCode = status;
    }

    private static bool TakeOne(ref int counter)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }

            var next = current == int.MaxValue ? current : current - 1;
            if (Interlocked.CompareExchange(ref counter, next, current) == current)
            {
                return true;
            }
        }
    }

    private static SmsRequest Parse(byte[] body, bool valid, int status)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
            ? v.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())
            : [];
        return new SmsRequest(root.GetProperty("to").GetString() ?? "", root.GetProperty("template").GetString() ?? "", variables, valid, status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
