namespace CampusG.Web.Api;

/// <summary>The operations routes (role <c>admin</c>; everyone else gets 403).</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<ItemList<Saga>>> ListSagasAsync(string? state) =>
        SendAsync<ItemList<Saga>>(HttpMethod.Get, state is null ? "v1/admin/sagas" : $"v1/admin/sagas?state={state}");

    public Task<ApiResult<ItemList<DeadLetter>>> ListDeadLettersAsync() => SendAsync<ItemList<DeadLetter>>(HttpMethod.Get, "v1/admin/dead-letters?limit=100");

    public Task<ApiResult<Done>> ReplayDeadLetterAsync(Guid id) => SendAsync<Done>(HttpMethod.Post, $"v1/admin/dead-letters/{id}/replay");

    public Task<ApiResult<ItemList<DurableTimer>>> ListTimersAsync(string? status) =>
        SendAsync<ItemList<DurableTimer>>(HttpMethod.Get, status is null ? "v1/admin/timers" : $"v1/admin/timers?status={status}");

    /// <summary>Problem reports of every order: <c>OPEN</c> ones wait for an operator.</summary>
    public Task<ApiResult<ItemList<Issue>>> ListAllIssuesAsync(string status) =>
        SendAsync<ItemList<Issue>>(HttpMethod.Get, $"v1/admin/issues?status={Uri.EscapeDataString(status)}");

    public Task<ApiResult<Issue>> ResolveIssueAsync(Guid issueId, ResolveIssueRequest request) =>
        SendAsync<Issue>(HttpMethod.Post, $"v1/admin/issues/{issueId}/resolve", request);

    /// <summary>Errands flagged overdue: their delivery deadline passed after PURCHASED, latest first.</summary>
    /// <summary>Recent notifications with their per-channel deliveries; <paramref name="status"/> e.g. FAILED.</summary>
    public Task<ApiResult<ItemList<AdminNotification>>> ListAdminNotificationsAsync(string? status) =>
        SendAsync<ItemList<AdminNotification>>(HttpMethod.Get, status is null ? "v1/admin/notifications?limit=100" : $"v1/admin/notifications?limit=100&status={status}");

    public Task<ApiResult<ItemList<OverdueOrder>>> ListOverdueOrdersAsync() => SendAsync<ItemList<OverdueOrder>>(HttpMethod.Get, "v1/admin/orders/overdue");

    /// <summary>Cancels any order before delivery (reason <c>OPERATOR_CANCELLED</c>); everything held is refunded.</summary>
    public Task<ApiResult<Order>> OperatorCancelAsync(Guid orderId, string note) =>
        SendAsync<Order>(HttpMethod.Post, $"v1/admin/orders/{orderId}/cancel", new { note });
}
