using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampusG.Notifications.Domain;
using Microsoft.Extensions.Options;

namespace CampusG.Notifications.Channels;

/// <summary>
/// SMS through the provider's webhook (<c>Notifications:Sms:*</c>): <c>POST {to, template, variables}</c> signed with
/// <c>X-CampusG-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>; only <c>202</c> means sent.
/// </summary>
internal sealed class SmsSender(IHttpClientFactory clients, IOptions<NotificationsOptions> options) : IChannelSender
{
    public const string ClientName = "notifications-sms";
    public const string SignatureHeader = "X-CampusG-Signature";

    public string Channel => DeliveryChannels.Sms;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value.Sms;
        var notification = message.Notification;
        var variables = new Dictionary<string, string> { ["text"] = MessageTemplates.Sms(notification), ["message"] = notification.Message };
        if (notification.OrderId is { } orderId)
        {
            variables["orderId"] = orderId.ToString();
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new { to = message.Contact.PhoneNumber, template = notification.Template, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(SignatureHeader, Sign(body, sms.Secret));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(sms.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new HttpRequestException($"the SMS provider answered {(int)response.StatusCode}", null, response.StatusCode);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the SMS provider did not answer within {sms.Timeout}");
        }
    }

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
