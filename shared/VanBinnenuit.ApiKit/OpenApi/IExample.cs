namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// A request or response type that shows itself in the documents by a real instance. OperationExamples
/// serialises it as the API writes it, so an example cannot drift from the schema or the code: a renamed
/// property is renamed in the example too, and a removed one does not compile.
/// </summary>
public interface IExample<TSelf> where TSelf : IExample<TSelf>
{
    /// <summary>A typical value, with made-up but plausible data (never a real person's).</summary>
    static abstract TSelf Example { get; }
}
