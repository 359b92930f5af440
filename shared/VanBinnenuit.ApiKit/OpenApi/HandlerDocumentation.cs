using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// A handler's XML comment is its operation's text: <c>summary</c> the summary, <c>remarks</c> the description,
/// each <c>param</c> the parameter's. ASP.NET's own XML-comment generator only serves a project that calls
/// AddOpenApi itself, and here ServiceDefaults does, so this reads the documentation file beside the handler's
/// assembly (GenerateDocumentationFile: the services and the shared ReadModels). Handlers mapped as lambdas say theirs with WithSummary and
/// WithDescription.
/// </summary>
internal sealed partial class HandlerDocumentation : IOpenApiOperationTransformer
{
    private static readonly ConcurrentDictionary<Assembly, FrozenDictionary<string, XElement>> Members = new();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { DeclaringType: { } type } handler
            || !Members.GetOrAdd(type.Assembly, Load).TryGetValue($"M:{type.FullName?.Replace('+', '.')}.{handler.Name}", out var member))
        {
            return Task.CompletedTask;
        }
        operation.Summary ??= Text(member.Element("summary"));
        operation.Description ??= Text(member.Element("remarks"));
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var described = member.Elements("param").FirstOrDefault(p => string.Equals((string?)p.Attribute("name"), parameter.Name, StringComparison.OrdinalIgnoreCase));
            parameter.Description ??= Text(described);
        }
        return Task.CompletedTask;
    }

    /// <summary>The methods' comments by name without their parameter list: handlers are not overloaded.</summary>
    private static FrozenDictionary<string, XElement> Load(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(file))
        {
            return FrozenDictionary<string, XElement>.Empty;
        }
        return XDocument.Load(file).Descendants("member")
            .Select(m => (Name: ((string?)m.Attribute("name") ?? "").Split('(')[0], Member: m))
            .Where(m => m.Name.StartsWith("M:", StringComparison.Ordinal))
            .DistinctBy(m => m.Name)
            .ToFrozenDictionary(m => m.Name, m => m.Member);
    }

    /// <summary>The comment as CommonMark: code as code, a reference by its last name, white space as one space.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? "").Split(':', '.').Last(),
            XElement { Name.LocalName: "para" } para => "\n\n" + Text(para) + "\n\n",
            XElement other => other.Value,
            _ => "",
        }));
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Spaces().Replace(p, " ").Trim())
            .Where(p => p.Length > 0);
        var joined = string.Join("\n\n", paragraphs);
        return joined.Length == 0 ? null : joined;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
