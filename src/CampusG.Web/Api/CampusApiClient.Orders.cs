using System.Net.Http.Headers;

namespace CampusG.Web.Api;

/// <summary>Orders, the order lifecycle and the order's tracking views.</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<Order>> PlaceOrderAsync(PlaceOrderRequest request, string idempotencyKey) =>
        SendAsync<Order>(HttpMethod.Post, "v1/orders", request, idempotencyKey);

    public Task<ApiResult<Order>> GetOrderAsync(Guid orderId) => SendAsync<Order>(HttpMethod.Get, $"v1/orders/{orderId}");

    /// <param name="role"><c>customer</c> (orders I placed) or <c>runner</c> (orders I deliver).</param>
    public Task<ApiResult<OrderPage>> ListOrdersAsync(string role, int limit = 50) =>
        SendAsync<OrderPage>(HttpMethod.Get, $"v1/orders?role={role}&limit={limit}");

    /// <summary>Every order of one role and status, following the cursor page by page.</summary>
    public async Task<ApiResult<IReadOnlyList<Order>>> ListAllOrdersAsync(string role, string status)
    {
        var orders = new List<Order>();
        string? cursor = null;
        do
        {
            var query = $"v1/orders?role={role}&status={status}&limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await SendAsync<OrderPage>(HttpMethod.Get, query);
            if (!page.Succeeded)
            {
                return new ApiResult<IReadOnlyList<Order>>(null, page.Problem);
            }

            orders.AddRange(page.Body.Items);
            cursor = page.Body.NextCursor;
        }
        while (cursor is not null);
        return new ApiResult<IReadOnlyList<Order>>(orders, null);
    }

    public Task<ApiResult<ItemList<Order>>> ListAvailableAsync(int limit = 50) =>
        SendAsync<ItemList<Order>>(HttpMethod.Get, $"v1/orders/available?limit={limit}");

    public Task<ApiResult<Order>> AcceptAsync(Guid orderId) => SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/accept");

    public Task<ApiResult<Order>> GiveBackAsync(Guid orderId) => SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/acceptance/cancel");

    /// <param name="actualFoodFee">An errand's receipt total at <c>PURCHASED</c>, when the runner entered one (sent only then).</param>
    public Task<ApiResult<Order>> UpdateStatusAsync(Guid orderId, string status, Guid? proofId, decimal? actualFoodFee = null) =>
        SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/status",
            actualFoodFee is { } receipt ? new { status, proofId, actualFoodFee = receipt } : new { status, proofId });

    /// <summary>Raises a waiting errand's delivery fee to attract a runner (only higher, only while <c>CREATED</c>).</summary>
    public Task<ApiResult<Order>> RaiseDeliveryFeeAsync(Guid orderId, decimal deliveryFee) =>
        SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/delivery-fee", new { deliveryFee });

    /// <summary>The customer reports a problem with a delivered order (a photo uploaded first with kind <c>issue</c>).</summary>
    public Task<ApiResult<Issue>> ReportIssueAsync(Guid orderId, ReportIssueRequest request) =>
        SendAsync<Issue>(HttpMethod.Post, $"v1/orders/{orderId}/issues", request);

    public Task<ApiResult<ItemList<Issue>>> ListIssuesAsync(Guid orderId) => SendAsync<ItemList<Issue>>(HttpMethod.Get, $"v1/orders/{orderId}/issues");

    public Task<ApiResult<Order>> CancelAsync(Guid orderId) => SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/cancel");

    public Task<ApiResult<Order>> RetryAsync(Guid orderId) => SendAsync<Order>(HttpMethod.Post, $"v1/orders/{orderId}/retry");

    public Task<ApiResult<Review>> ReviewAsync(Guid orderId, ReviewRequest request) =>
        SendAsync<Review>(HttpMethod.Post, $"v1/orders/{orderId}/review", request);

    public Task<ApiResult<ItemList<OrderEvent>>> GetEventsAsync(Guid orderId) =>
        SendAsync<ItemList<OrderEvent>>(HttpMethod.Get, $"v1/orders/{orderId}/events");

    /// <summary>Operators: any order's event log.</summary>
    public Task<ApiResult<ItemList<OrderEvent>>> GetAnyEventsAsync(Guid orderId) =>
        SendAsync<ItemList<OrderEvent>>(HttpMethod.Get, $"v1/admin/orders/{orderId}/events");

    public Task<ApiResult<OrderPayment>> GetPaymentAsync(Guid orderId) => SendAsync<OrderPayment>(HttpMethod.Get, $"v1/orders/{orderId}/payment");

    /// <summary>The customer's receipt link (409 RECEIPT_NOT_READY until the order is open).</summary>
    public Task<ApiResult<ReceiptLink>> GetReceiptAsync(Guid orderId) => SendAsync<ReceiptLink>(HttpMethod.Get, $"v1/orders/{orderId}/receipt");

    /// <summary>Uploads a receipt, delivery or (the customer's) issue photo (multipart fields <c>file</c> and <c>kind</c>).</summary>
    public Task<ApiResult<Proof>> UploadProofAsync(Guid orderId, string kind, Stream photo, string fileName, string contentType)
    {
        var file = new StreamContent(photo);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(kind), "kind" } };
        // The API refuses an oversized body before it is sent when asked first.
        return SendAsync<Proof>(HttpMethod.Post, $"v1/orders/{orderId}/proofs", form, request => request.Headers.ExpectContinue = true);
    }
}
