namespace CampusG.Web.Api;

/// <summary>The operations routes (role <c>admin</c>; everyone else gets 403).</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<ItemList<Saga>>> ListSagasAsync(string? state) =>
        SendAsync<ItemList<Saga>>(HttpMethod.Get, state is null ? "v1/admin/sagas" : $"v1/admin/sagas?state={state}");

    public Task<ApiResult<Done>> RetrySagaAsync(Guid sagaId) => SendAsync<Done>(HttpMethod.Post, $"v1/admin/sagas/{sagaId}/retry");

    public Task<ApiResult<ItemList<DeadLetter>>> ListDeadLettersAsync() => SendAsync<ItemList<DeadLetter>>(HttpMethod.Get, "v1/admin/dead-letters?limit=100");

    public Task<ApiResult<Done>> ReplayDeadLetterAsync(Guid id) => SendAsync<Done>(HttpMethod.Post, $"v1/admin/dead-letters/{id}/replay");

    public Task<ApiResult<ItemList<DurableTimer>>> ListTimersAsync(string? status) =>
        SendAsync<ItemList<DurableTimer>>(HttpMethod.Get, status is null ? "v1/admin/timers" : $"v1/admin/timers?status={status}");
}
