using System.Diagnostics.Metrics;

namespace CampusG.Payments.Telemetry;

/// <summary>
/// Payments' business metrics, exported at <c>/metrics</c> of the process that runs the Payments module:
/// <c>campusg_payments_payouts_total{outcome}</c>, gateway payout tries by outcome (<c>paid</c>, <c>failed</c>: declined
/// or out of retries, <c>retry_scheduled</c>: a transient error to be tried again). Counted in the handler; a try whose
/// transaction is retried repeats the gateway's answer and may count twice.
/// </summary>
internal sealed class PaymentsMetrics : IDisposable
{
    public const string Name = "CampusG.Payments";

    private readonly Meter _meter;
    private readonly Counter<long> _payouts;

    public PaymentsMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        _payouts = _meter.CreateCounter<long>("campusg.payments.payouts", "{payout}", "Gateway payout tries by outcome");
    }

    public void Payout(string outcome) => _payouts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
