using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampusG.Orders.Tests;

/// <summary>A problem may be reported from DELIVERED until 48 hours after completion: on the domain rule and through the API with a fake clock.</summary>
public sealed class IssueWindowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly OrderWindows Windows = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15));

    [Fact]
    public void MayReport_FromDelivered_UntilExactly48HoursAfterCompletion()
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);
        order.MarkCreated(Now, Windows);
        order.Accept(Guid.NewGuid(), Now);
        Assert.False(OrderIssue.MayReport(order, Now));
        foreach (var status in new[] { OrderStatuses.OnSite, OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered })
        {
            order.Advance(status, Now, Windows);
        }

        Assert.True(OrderIssue.MayReport(order, Now.AddDays(30)));
        order.Complete(Now);
        Assert.True(OrderIssue.MayReport(order, Now.AddHours(48)));
        Assert.False(OrderIssue.MayReport(order, Now.AddHours(48).AddTicks(1)));
    }

    [Fact]
    public async Task Report_47HoursAfterCompletion_Is201_49Hours_IsOrderNotDelivered()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new CampusGHostOptions
        {
            ConfigureServices = b =>
            {
                b.AddMessageProbe();
                b.Services.AddSingleton<TimeProvider>(clock);
            },
        };
        options.Configuration["CampusG:Modules"] = "Orders";
        options.Configuration["Auth:TokenLifetime"] = "10.00:00:00";
        await using var host = await CampusGHost.StartAsync(options);
        var flow = new OrderFlow(host);
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var early = await flow.CompletedAsync(customer, runner);
        var late = await flow.CompletedAsync(customer, runner);
        // Minted now: the bearer check reads the real clock, so a token issued on the advanced fake clock would not be valid yet.
        var token = host.TokenFor(customer);

        clock.Advance(TimeSpan.FromHours(47));
        using (var inTime = await ReportAsync(host, token, early.OrderId))
        {
            Assert.Equal(HttpStatusCode.Created, inTime.StatusCode);
        }

        clock.Advance(TimeSpan.FromHours(2));
        using var tooLate = await ReportAsync(host, token, late.OrderId);
        await ErrorAssert.HasErrorAsync(tooLate, HttpStatusCode.Conflict, "ORDER_NOT_DELIVERED");
    }

    private static Task<HttpResponseMessage> ReportAsync(CampusGHost host, string token, Guid orderId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/orders/{orderId}/issues")
        {
            Content = new StringContent("""{"kind":"NOT_DELIVERED","detail":"never came"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        return host.Client.SendAsync(request);
    }
}
