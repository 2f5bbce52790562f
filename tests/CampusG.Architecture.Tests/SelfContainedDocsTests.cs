namespace CampusG.Architecture.Tests;

/// <summary>
/// The repository stands on its own: its pages and code cite only its own documents, and its pages' links lead
/// somewhere. Each rule also fires on a fixture repository (<c>ConventionFixtures</c>) that breaks it.
/// </summary>
public sealed class SelfContainedDocsTests
{
    private static readonly string Fixture = Path.Combine(DocumentRules.RepositoryRoot, "tests", "CampusG.Architecture.Tests", "ConventionFixtures");

    [Fact]
    public void NoPageOrSource_CitesADocumentOutsideTheRepository()
    {
        Assert.Empty(DocumentRules.OutsideReferences(DocumentRules.RepositoryRoot));
    }

    [Fact]
    public void EveryRelativeLink_PointsAtAFileThatExists()
    {
        Assert.Empty(DocumentRules.BrokenLinks(DocumentRules.RepositoryRoot));
    }

    [Fact]
    public void TheRules_ReadTheRepositoryItself()
    {
        Assert.True(File.Exists(Path.Combine(DocumentRules.RepositoryRoot, "docs", "requirements.md")));
        Assert.True(File.Exists(Path.Combine(DocumentRules.RepositoryRoot, "README.md")));
    }

    [Fact]
    public void OutsideDocuments_AreCaught_InPagesAndInCode()
    {
        Assert.Equal(
            [
                "docs/guide.md:3: mentions \"API.md\", a document outside the repository",
                "docs/guide.md:3: mentions \"ARCHITECTURE.md\", a document outside the repository",
                "docs/steps.md:5: mentions \"CONVENTIONS.md\", a document outside the repository",
                "docs/steps.md:5: mentions \"shared/seeds\", a document outside the repository",
                "docs/steps.md:5: mentions \"seed 00\", a document outside the repository",
                "src/CampusG.Outsider/Outsider.cs:3: mentions \"API.md\", a document outside the repository",
                "src/CampusG.Outsider/Outsider.cs:3: mentions \"seed 00\", a document outside the repository",
                "src/CampusG.Outsider/Outsider.cs:3: mentions \"§\", a document outside the repository",
                "src/CampusG.Outsider/Page.razor:1: mentions \"CONVENTIONS.md\", a document outside the repository",
            ],
            DocumentRules.OutsideReferences(Fixture));
    }

    [Fact]
    public void BrokenLinks_AreCaught_ButNotExternalOnesAnchorsOrCode()
    {
        Assert.Equal(
            [
                "README.md:3: the link \"docs/missing.md\" points at nothing",
                "docs/guide.md:12: the link \"../nowhere/else.md\" points at nothing",
                "docs/steps.md:7: the link \"pictures/missing.png\" points at nothing",
            ],
            DocumentRules.BrokenLinks(Fixture));
    }
}
