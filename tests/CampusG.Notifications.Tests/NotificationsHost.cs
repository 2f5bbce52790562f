using System.Net.Http.Headers;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Persistence;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Notifications.Tests;

/// <summary>A real host running only the Notifications module, with a message probe.</summary>
internal static class NotificationsHost
{
    public static Task<CampusGHost> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var options = new CampusGHostOptions
        {
            ConfigureServices = b =>
            {
                b.AddMessageProbe();
                configure?.Invoke(b);
            },
        };
        options.Configuration["CampusG:Modules"] = "Notifications";
        return CampusGHost.StartAsync(options);
    }

    public static MessageProbe Probe(this CampusGHost host) => host.Services.GetRequiredService<MessageProbe>();

    public static SendNotification NewSend(Guid userId, string message = "Your order was accepted.") =>
        new(Guid.NewGuid(), userId, Guid.NewGuid(), NotificationTemplates.OrderAccepted, message);

    /// <summary>Sends through the bus and waits until the dispatcher has reported it sent.</summary>
    public static async Task<NotificationSent> SendAndWaitAsync(this CampusGHost host, SendNotification send)
    {
        await host.Probe().SendAsync(send, send.OrderId.ToString()!);
        return await host.Probe().WaitForAsync<NotificationSent>(s => s.NotificationId == send.NotificationId);
    }

    public static HttpClient ClientFor(this CampusGHost host, Guid userId)
    {
        var token = host.TokenFor(userId);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<List<(string Status, DateTime? SentAt)>> RecordsAsync(this CampusGHost host, Guid notificationId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Notifications
                .Where(n => n.Id == notificationId).ToListAsync())
            .ConvertAll(n => (n.Status, n.SentAt));
    }
}
