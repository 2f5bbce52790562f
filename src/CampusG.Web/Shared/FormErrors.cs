using CampusG.Web.Api;

namespace CampusG.Web.Shared;

/// <summary>
/// What a form shows after a failed submit: a message under each of its fields that the API named (its
/// <c>VALIDATION_FAILED</c> entries do), and one general message for the rest, including entries about a field the form
/// does not have, so "the fields marked above" is only said when a field is marked. A field's message goes as soon as
/// the field is edited.
/// </summary>
public sealed class FormErrors
{
    public const string MarkedFields = "Please correct the fields marked above.";

    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _shown;

    /// <param name="fields">The API's names of the fields this form shows (<c>email</c>, <c>foodFee</c>).</param>
    public FormErrors(params string[] fields) => _shown = fields.ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);

    public string? General { get; private set; }

    public bool Any => General is not null || _fields.Count > 0;

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? this[string field] => _fields.GetValueOrDefault(field);

    /// <summary>Shows the API's <paramref name="apiField"/> under the form's <paramref name="formField"/> (two API fields, one input).</summary>
    public FormErrors Alias(string apiField, string formField)
    {
        _shown[apiField] = formField;
        return this;
    }

    /// <summary>Shows a failed call; <paramref name="codeFields"/> puts errors with those codes under a field (e.g. EMAIL_TAKEN under email).</summary>
    public void Show(ApiProblem problem, params (string Code, string Field)[] codeFields)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Clear();
        var unmarked = new List<string>();
        foreach (var (field, message) in problem.FieldErrors)
        {
            if (_shown.TryGetValue(field, out var shownAs))
            {
                _fields[shownAs] = _fields.TryGetValue(shownAs, out var earlier) ? $"{earlier} {message}" : message;
            }
            else
            {
                unmarked.Add($"{ErrorText.FieldLabel(field)}: {message}");
            }
        }

        var placed = codeFields.Where(c => c.Code == problem.Code).Select(c => c.Field).FirstOrDefault();
        var others = placed is null ? problem.OtherMessages : [];
        if (placed is not null)
        {
            _fields[placed] = string.Join(" ", problem.OtherMessages);
        }

        var general = string.Join(" ", others.Concat(unmarked));
        General = general.Length > 0 ? general : _fields.Count > 0 && placed is null ? MarkedFields : null;
    }

    public void Set(string field, string message) => _fields[field] = message;

    /// <summary>The field was edited: its message no longer applies (nor, once no field is marked, the pointer to them).</summary>
    public void Clear(string field)
    {
        if (_fields.Remove(field) && _fields.Count == 0 && General == MarkedFields)
        {
            General = null;
        }
    }

    public void Clear()
    {
        _fields.Clear();
        General = null;
    }
}
