namespace CampusG.Outsider;

/// <summary>Create Order (seed 000 §A.1), as API.md says.</summary>
internal static class Outsider
{
}
