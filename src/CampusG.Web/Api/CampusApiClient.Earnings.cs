namespace CampusG.Web.Api;

/// <summary>The user's earnings ledger and cashing it out to their card; their notification preferences.</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<EarningsLedger>> GetEarningsAsync() => SendAsync<EarningsLedger>(HttpMethod.Get, "v1/users/me/earnings");

    /// <summary>Pays the whole balance out to the saved card (<c>202</c>); the payout then runs on its own.</summary>
    public Task<ApiResult<PayoutRequested>> CashOutAsync() => SendAsync<PayoutRequested>(HttpMethod.Post, "v1/users/me/payouts", new { });

    public Task<ApiResult<NotificationPreferences>> GetNotificationPreferencesAsync() =>
        SendAsync<NotificationPreferences>(HttpMethod.Get, "v1/users/me/notification-preferences");

    public Task<ApiResult<NotificationPreferences>> SetNotificationPreferencesAsync(bool email, bool sms) =>
        SendAsync<NotificationPreferences>(HttpMethod.Put, "v1/users/me/notification-preferences", new { email, sms });
}
