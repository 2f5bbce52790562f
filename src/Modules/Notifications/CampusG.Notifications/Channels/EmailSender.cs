using MailKit.Net.Smtp;
using MailKit.Security;
using CampusG.Notifications.Domain;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CampusG.Notifications.Channels;

/// <summary>E-mail over SMTP (<c>Notifications:Email:*</c>) with MailKit: one connection per message.</summary>
internal sealed class EmailSender(IOptions<NotificationsOptions> options) : IChannelSender
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public string Channel => DeliveryChannels.Email;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var email = options.Value.Email;
        var receiptUrl = message.ReceiptUrl is null ? null : new Uri(email.PublicBaseUrl, message.ReceiptUrl).ToString();
        var rendered = MessageTemplates.Email(message.Notification, receiptUrl);
        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(email.From));
        mime.To.Add(MailboxAddress.Parse(message.Contact.Email));
        mime.Subject = rendered.Subject;
        mime.Body = new BodyBuilder { TextBody = rendered.TextBody, HtmlBody = rendered.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)ConnectTimeout.TotalMilliseconds };
        var security = email.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None;
        await client.ConnectAsync(email.Host!, email.Port, security, cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
