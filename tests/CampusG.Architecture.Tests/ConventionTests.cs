namespace CampusG.Architecture.Tests;

/// <summary>The module guide's source rules hold for the repository, and each fires on a fixture that breaks it.</summary>
public sealed class ConventionTests
{
    private static readonly string Fixture = Path.Combine(SourceRules.RepositoryRoot, "tests", "CampusG.Architecture.Tests", "ConventionFixtures");

    [Fact]
    public void EveryFeatureFile_IsInAUseCaseFolder()
    {
        Assert.Empty(SourceRules.FolderPerUseCase(SourceRules.RepositoryRoot));
    }

    [Fact]
    public void NoSourceFile_IsTooLong()
    {
        Assert.Empty(SourceRules.FileLength(SourceRules.RepositoryRoot));
    }

    [Fact]
    public void NoMessageHandler_SavesChanges()
    {
        Assert.Empty(SourceRules.NoSaveChangesInHandlers(SourceRules.RepositoryRoot));
    }

    [Fact]
    public void AFeatureFileOutsideAUseCaseFolder_IsCaught()
    {
        Assert.Equal(
            [Path.Combine("src", "Modules", "Broken", "CampusG.Broken", "Features", "LooseHandler.cs") + ": a feature file belongs in Features/<UseCase>/"],
            SourceRules.FolderPerUseCase(Fixture));
    }

    [Fact]
    public void ALongFile_IsCaught()
    {
        var violation = Assert.Single(SourceRules.FileLength(Fixture));
        Assert.EndsWith("LooseHandler.cs: 260 lines (at most 250)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void AHandlerThatSaves_IsCaught()
    {
        var violation = Assert.Single(SourceRules.NoSaveChangesInHandlers(Fixture));
        Assert.EndsWith("LooseHandler.cs: a message handler calls SaveChanges", violation, StringComparison.Ordinal);
    }
}
