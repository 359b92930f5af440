using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// An example request body and response for each operation, from the types' <see cref="IExample{TSelf}"/>:
/// a list shows one item, a page one item with its links. A type without one gets none, and the
/// documents test names it.
/// </summary>
internal sealed class OperationExamples : IOpenApiOperationTransformer
{
    private static readonly ConcurrentDictionary<Type, object?> Instances = new();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + context.Description.RelativePath?.TrimStart('/');
        var json = context.ApplicationServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (body is not null && operation.RequestBody?.Content is { } requested)
        {
            Show(requested, Of(body, path), json);
        }
        foreach (var declared in context.Description.SupportedResponseTypes)
        {
            if (declared.Type is { } type && operation.Responses?.TryGetValue(declared.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response.Content is { } answered)
            {
                Show(answered, Of(type, path), json);
            }
        }
        return Task.CompletedTask;
    }

    private static void Show(IDictionary<string, OpenApiMediaType> content, object? example, JsonSerializerOptions json)
    {
        if (example is null)
        {
            return;
        }
        foreach (var (mediaType, media) in content)
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                media.Example ??= JsonSerializer.SerializeToNode(example, example.GetType(), json);
            }
        }
    }

    /// <summary>The example of a type: its own, or a one-item list or page (of the operation's path) of its items' examples.</summary>
    private static object? Of(Type type, string path)
    {
        if (Own(type) is { } own)
        {
            return own;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>) && Of(type.GenericTypeArguments[0], path) is { } item)
        {
            var links = new PageLinks(new Link($"{path}?page=2&pageSize=25"), new Link($"{path}?page=3&pageSize=25"), new Link($"{path}?page=1&pageSize=25"));
            return Activator.CreateInstance(type, Items(type.GenericTypeArguments[0], item), 51L, 2, 25, links);
        }
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() is var open
              && (open == typeof(List<>) || open == typeof(IReadOnlyList<>) || open == typeof(IEnumerable<>) || open == typeof(IReadOnlyCollection<>))
                ? type.GenericTypeArguments[0] : null;
        return element is not null && Of(element, path) is { } one ? Items(element, one) : null;
    }

    private static object? Own(Type type) => Instances.GetOrAdd(type, static type =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExample<>) && i.GenericTypeArguments[0] == type)
            ? type.GetProperty(nameof(IExample<>.Example), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            : null);

    private static object Items(Type element, object item)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        list.Add(item);
        return list;
    }
}
