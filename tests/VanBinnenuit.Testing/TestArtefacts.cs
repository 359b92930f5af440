namespace VanBinnenuit.Testing;

/// <summary>Where tests keep what a person may want to look at afterwards (screenshots, the demo loader's log): the checkout's TestResults.</summary>
public static class TestArtefacts
{
    public static string Directory { get; } = System.IO.Path.Combine(RepositoryRoot(), "TestResults");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "VanBinnenuit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
