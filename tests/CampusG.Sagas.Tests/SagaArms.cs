using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace CampusG.Sagas.Tests;

/// <summary>
/// Reads a saga definition's compiled steps: the message types its pattern matches test for (<c>isinst</c>), and the
/// types its routes declare. The routing tests compare the two.
/// </summary>
internal static class SagaArms
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The record types (messages) that the saga's methods match by type, and those its <c>Start</c> overloads take.</summary>
    public static HashSet<Type> Matched(Type saga) =>
    [
        .. new[] { saga }.Concat(saga.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
            .SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .SelectMany(TypeTests)
            .Concat(saga.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Start").Select(m => m.GetParameters()[0].ParameterType))
            .Where(IsMessageRecord),
    ];

    /// <summary>Every message type the saga's <c>Routes</c> declare.</summary>
    public static HashSet<Type> Declared(Type saga)
    {
        var routes = saga.GetProperty("Routes", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return [.. (IEnumerable<Type>)routes.GetType().GetProperty("Declared")!.GetValue(routes)!];
    }

    /// <summary>What one routing rule reports: matched but undeclared, and declared but never matched.</summary>
    public static List<string> Mismatches(Type saga)
    {
        var (matched, declared) = (Matched(saga), Declared(saga));
        return
        [
            .. matched.Except(declared).Select(t => $"{saga.Name} matches {t.Name} but does not declare it"),
            .. declared.Except(matched).Select(t => $"{saga.Name} declares {t.Name} but no step matches it"),
        ];
    }

    private static bool IsMessageRecord(Type type) =>
        type.IsSealed && type.GetMethod("<Clone>$") is not null && type.Name != "StepResult`1" && !type.Name.EndsWith("State", StringComparison.Ordinal);

    private static IEnumerable<Type> TypeTests(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code == OpCodes.Isinst)
            {
                yield return method.Module.ResolveType(BitConverter.ToInt32(il, i), method.DeclaringType?.GetGenericArguments(), method.GetGenericArguments());
            }

            i += OperandSize(code.OperandType, il, i);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
