using System.Text.Json;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The engine's storage of a saga: typed state as JSON, mirrored columns, and the Version token.</summary>
public sealed class SagaEngineTests
{
    [Fact]
    public void TheTypedState_SurvivesTheJsonRoundTrip()
    {
        var flow = new CreateOrderFlow();
        var state = CreateOrderSaga.On(flow.After(3), new Orders.Contracts.OrderMarkCreatedFailed(flow.OrderId, "no"), Now).State;
        var instance = SagaInstance.Start(CreateOrderSaga.Type, flow.OrderId.ToString(), Now.UtcDateTime);

        instance.Update(new SagaSnapshot(state.Status, state.Step, state.Attempts), JsonSerializer.Serialize(state, JsonSerializerOptions.Web), null, Now.UtcDateTime);
        var read = SagaRunner.Read<CreateOrderState>(instance);

        Assert.Equal(state with { AwaitingReplies = read.AwaitingReplies, Lines = read.Lines }, read);
        Assert.Equal(state.Lines, read.Lines);
        Assert.Equal(state.AwaitingReplies, read.AwaitingReplies);
        Assert.Equal(SagaStates.Compensating, instance.State);
        Assert.Equal(CreateOrderSteps.Compensate, instance.CurrentStep);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 80)]
    [InlineData(7, 80)]
    public void AStepsWait_DoublesWithEachResend_UpToEightTimes(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), StepRetry.Timeout(TimeSpan.FromSeconds(10), attempts));

    [Fact]
    public void Update_BumpsTheVersion_AndATerminalStateHasNoDeadline()
    {
        var instance = SagaInstance.Start(CreateOrderSaga.Type, "order", Now.UtcDateTime);
        var deadline = Now.UtcDateTime.AddSeconds(10);

        instance.Update(new SagaSnapshot(SagaStates.Running, "A", 0), "{}", deadline, Now.UtcDateTime);
        Assert.Equal(deadline, instance.StepDeadline);
        instance.Update(new SagaSnapshot(SagaStates.Completed, "A", 0), "{}", deadline, Now.UtcDateTime);

        Assert.Null(instance.StepDeadline);
        Assert.Equal(2, instance.Version);
    }

    [Fact]
    public async Task TwoWritersOfOneSaga_TheSecondSaveFails()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        var saga = await t.WaitForStateAsync(SagaStates.Running);
        await using var first = t.Host.Services.CreateAsyncScope();
        await using var second = t.Host.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<SagasDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<SagasDbContext>();
        var one = await db1.Sagas.SingleAsync(s => s.Id == saga.Id);
        var two = await db2.Sagas.SingleAsync(s => s.Id == saga.Id);

        one.Update(new SagaSnapshot(SagaStates.Running, "X", 1), one.Data, null, Now.UtcDateTime);
        two.Update(new SagaSnapshot(SagaStates.Running, "Y", 1), two.Data, null, Now.UtcDateTime);
        await db1.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        Assert.Equal("X", (await t.FindAsync())!.CurrentStep);
    }
}
