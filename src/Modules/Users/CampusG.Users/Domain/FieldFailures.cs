using CampusG.ServiceDefaults.Errors;

namespace CampusG.Users.Domain;

/// <summary>Collects one failure per bad field, then throws them together as a 400 VALIDATION_FAILED.</summary>
internal sealed class FieldFailures
{
    private readonly List<(string Field, string Detail)> _failures = [];

    public void Add(string field, string detail) => _failures.Add((field, detail));

    public void ThrowIfAny()
    {
        if (_failures.Count > 0)
        {
            throw ApiErrors.Validation([.. _failures]);
        }
    }
}
