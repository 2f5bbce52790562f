using CampusG.ServiceDefaults.Errors;
using CampusG.Web.Api;
using CampusG.Web.Pages.Runner;
using CampusG.Web.Shared;

namespace CampusG.Browser.Tests;

/// <summary>The money rules the UI checks before asking the API, and how the new refusals read.</summary>
public sealed class EarningsAndProblemsUnitTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("6.40", null)]
    [InlineData("5.95", null)]
    [InlineData("6.41", "More than the agreed food fee (S$6.40): you can be paid at most that.")]
    [InlineData("5.955", "Must have at most 2 decimal places.")]
    public void ReceiptTotal_IsOptional_AndNeverAboveTheAgreedFoodFee(string? typed, string? expected) =>
        Assert.Equal(expected, ReceiptTotal.Problem(typed is null ? null : decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), 6.40m));

    [Theory]
    [InlineData("NO_PAYOUT_METHOD", "You have no card to pay out to. Add a card in your profile, then cash out.")]
    [InlineData("PRICE_ABOVE_AGREED", "The receipt total is more than the agreed food fee.")]
    [InlineData("ISSUE_ALREADY_OPEN", "You already reported a problem with this order")]
    public void NewRefusals_ReadAsSentences_NotCodes(string code, string start) =>
        Assert.StartsWith(start, new ApiProblem(409, [ApiError.Create(409, code, "raw detail")]).Message, StringComparison.Ordinal);

    [Fact]
    public void APartlyRefundedPayment_SaysSo()
    {
        var payment = new OrderPayment("CAPTURED", "RELEASED", 7.90m, null, null, null, RefundedAmount: 2.40m);

        Assert.Equal("Paid, partly refunded", OrderText.Payment(payment));
        Assert.Equal("Paid to the runner", OrderText.Payment(payment with { RefundedAmount = 0m }));
    }
}
