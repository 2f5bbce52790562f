using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CampusG.Persistence;

/// <summary>
/// An EF Core compiled query (<c>EF.CompileAsyncQuery</c>) for each model it meets. EF binds a compiled query to the
/// first model it runs against and throws for any other, and one process can hold several models of a context type
/// (a host per test, SQLite and PostgreSQL); so each model gets its own compilation, looked up without a lock.
/// </summary>
public sealed class CompiledQuery<TQuery>
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    /// <param name="compile">Compiles the query once more, e.g. <c>() =&gt; EF.CompileAsyncQuery(…)</c>.</param>
    public CompiledQuery(Func<TQuery> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        _compile = _ => compile();
    }

    /// <summary>The compiled query for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetValue(db.Model, _compile);
    }
}
