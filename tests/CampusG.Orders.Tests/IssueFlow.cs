using System.Net;
using CampusG.Orders.Features;

namespace CampusG.Orders.Tests;

/// <summary>Problem reports and their resolution through the API, for the tests that start from them.</summary>
internal static class IssueFlow
{
    public static Task<HttpResponseMessage> ReportAsync(OrdersApi api, Guid customer, Guid orderId, string body = """{"kind":"MISSING_ITEM","detail":"No drink in the bag"}""") =>
        api.PostAsync(customer, $"/v1/orders/{orderId}/issues", body);

    public static async Task<IssueResponse> ReportedAsync(OrdersApi api, Guid customer, Guid orderId)
    {
        using var response = await ReportAsync(api, customer, orderId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await OrdersApi.ReadAsync<IssueResponse>(response);
    }

    public static Task<HttpResponseMessage> ResolveAsync(OrdersApi api, Guid issueId, decimal refund, string chargedTo = "RUNNER", string note = "sorry") =>
        api.AdminAsync(
            HttpMethod.Post,
            $"/v1/admin/issues/{issueId}/resolve",
            $$"""{"refundAmount":{{refund.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"chargedTo":"{{chargedTo}}","note":"{{note}}"}""");

    public static async Task<IssueResponse> ReadIssueAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            return await OrdersApi.ReadAsync<IssueResponse>(response);
        }
    }
}
