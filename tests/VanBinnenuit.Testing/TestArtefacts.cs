namespace VanBinnenuit.Testing;

/// <summary>Where tests keep what a person may want to look at afterwards (screenshots, the demo loader's log): the checkout's TestResults.</summary>
public static class TestArtefacts
{
    // First: static initialisers run in the order written, and Directory reads it.
    /// <summary>The checkout: the folder that holds VanBinnenuit.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory { get; } = System.IO.Path.Combine(RepositoryRoot, "TestResults");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "VanBinnenuit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
