using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Notifications.Channels;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Delivery;
using CampusG.Notifications.Features;
using CampusG.Notifications.Persistence;
using CampusG.Persistence;
using CampusG.Receipts.Contracts;
using CampusG.Users.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Notifications;

/// <summary>
/// Notification records (CREATED, then SENT or FAILED), delivered in-app and, by the user's preference, by e-mail and SMS
/// (a retried delivery per channel); listed and streamed to their user.
/// </summary>
public sealed class NotificationsModule : IModule
{
    public string Name => "Notifications";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<NotificationsOptions>().Bind(builder.Configuration.GetSection(NotificationsOptions.SectionName));
        builder.Services.AddModuleDatabase<NotificationsDbContext, NotificationsPostgresDbContext>(builder.Configuration, "notifications");
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<DispatchOnCommitInterceptor>();
        builder.Services.AddSingleton<ChannelSignal>();
        builder.Services.AddSingleton<ChannelOnCommitInterceptor>();
        builder.Services.ConfigureDbContext<NotificationsDbContext>((sp, options) => options.AddInterceptors(
            sp.GetRequiredService<DispatchOnCommitInterceptor>(), sp.GetRequiredService<ChannelOnCommitInterceptor>()));
        builder.Services.AddSingleton<NotificationHub>();
        builder.Services.AddSingleton<INotificationChannel, InAppChannel>();
        builder.Services.AddHttpClient(SmsSender.ClientName);
        builder.Services.AddScoped<IChannelSender, EmailSender>();
        builder.Services.AddScoped<IChannelSender, SmsSender>();
        builder.Services.AddMessageEndpoint<NotificationsDbContext>("notifications")
            .Handle<SendNotification, SendNotificationHandler>()
            .Handle<UserContactChanged, UserContactChangedHandler>()
            .Handle<ReceiptIssued, ReceiptIssuedHandler>();
        // After the database registration, so the migration has run when the first pass starts.
        builder.Services.AddHostedService<NotificationDispatcher>();
        builder.Services.AddHostedService<ChannelDeliveryWorker>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapListNotifications();
        endpoints.MapStreamNotifications();
        endpoints.MapPreferences();
        endpoints.MapAdminNotifications();
    }
}
