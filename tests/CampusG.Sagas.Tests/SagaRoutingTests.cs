using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Tests;

/// <summary>A saga's routes and its steps agree: what a step matches is declared, and what is declared a step matches.</summary>
public sealed class SagaRoutingTests
{
    private static readonly List<Type> SagaTypes = [.. typeof(SagaRunner).Assembly.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISaga<>)))];

    public static readonly TheoryData<Type> Sagas = [.. SagaTypes];

    [Theory]
    [MemberData(nameof(Sagas))]
    public void EveryMessageASagaMatches_IsDeclared_AndEveryDeclaredOneIsMatched(Type saga)
    {
        Assert.Empty(SagaArms.Mismatches(saga));
        Assert.NotEmpty(SagaArms.Declared(saga));
    }

    [Fact]
    public void TheSevenSagas_AreFound()
    {
        Assert.Equal(
            [nameof(AcceptOrderSaga), nameof(CancelOrderSaga), nameof(CompleteOrderSaga), nameof(CreateOrderSaga), nameof(PayoutSaga),
                nameof(RaiseDeliveryFeeSaga), nameof(RefundIssueSaga)],
            SagaTypes.Select(t => t.Name).Order());
    }

    [Fact]
    public void ADeclaredMessageWithoutAnArm_AndAnArmWithoutADeclaration_AreCaught()
    {
        Assert.Equal(
            ["MiswiredSaga matches PaymentFailed but does not declare it", "MiswiredSaga declares PaymentAuthorized but no step matches it"],
            SagaArms.Mismatches(typeof(MiswiredSaga)));
    }

    [Fact]
    public void AMessageDeclaredTwice_IsRefused()
    {
        var routes = new SagaRoutes<MiswiredState>().Consumes<PaymentFailed>();

        Assert.Throws<InvalidOperationException>(() => routes.Consumes<PaymentFailed>());
    }

    internal sealed record MiswiredState : ISagaState
    {
        public string Status { get; init; } = SagaStates.Running;

        public string Step { get; init; } = "";

        public int Attempts { get; init; }
    }

    /// <summary>Declares an authorization but its step matches a failure: both rules must report it.</summary>
    internal sealed class MiswiredSaga : ISaga<MiswiredState>
    {
        public static string Type => "Miswired";

        public static SagaRoutes<MiswiredState> Routes { get; } = new SagaRoutes<MiswiredState>().Consumes<PaymentAuthorized>();

        public static StepResult<MiswiredState> On(MiswiredState state, object message, DateTimeOffset now) => message switch
        {
            PaymentFailed => StepResult<MiswiredState>.Done(state with { Status = SagaStates.Failed }, "failed"),
            _ => StepResult<MiswiredState>.Ignored(state, "not applicable"),
        };

        public static StepResult<MiswiredState> OnStepTimeout(MiswiredState state, DateTimeOffset now, int maxRetries) =>
            StepResult<MiswiredState>.Ignored(state, "no steps");

        public static TimeSpan StepTimeout(MiswiredState state, SagasOptions options) => TimeSpan.FromSeconds(1);
    }
}
