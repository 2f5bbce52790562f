using CampusG.Web.Api;

namespace CampusG.Web.Shared;

/// <summary>
/// What a form shows after a failed submit: a message per field (the API's <c>VALIDATION_FAILED</c> entries name
/// their field) and one general message for the rest.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? General { get; private set; }

    public bool Any => General is not null || _fields.Count > 0;

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? this[string field] => _fields.GetValueOrDefault(field);

    /// <summary>Shows a failed call; <paramref name="codeFields"/> puts errors with those codes under a field (e.g. EMAIL_TAKEN under email).</summary>
    public void Show(ApiProblem problem, params (string Code, string Field)[] codeFields)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Clear();
        foreach (var (field, message) in problem.FieldErrors)
        {
            _fields[field] = message;
        }

        var placed = codeFields.Where(c => c.Code == problem.Code).Select(c => c.Field).FirstOrDefault();
        if (placed is not null)
        {
            _fields[placed] = problem.Message;
            return;
        }

        // Only field errors: "Please correct the fields marked below."
        General = problem.Message;
    }

    public void Set(string field, string message) => _fields[field] = message;

    public void Clear()
    {
        _fields.Clear();
        General = null;
    }
}
