using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// Schemas that say what the services do, so a generated client is usable. The JSON schema exporter lists
/// every constructor parameter as required, also those typed nullable: here a property is required when it
/// can never be null (and so is always written), or when the service refuses an input without it, which a
/// draft marks with <see cref="RequiredAttribute"/> where its validation says required. Such a property is
/// then not nullable either: null gets a 400. The rest may be left out, and is left out of answers when it
/// has no value (the JSON options write no nulls). Enums say they are strings; a time of day has no offset
/// (the design rules' time-local, not RFC 3339's time).
/// </summary>
internal sealed class ExactSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Format == "time")
        {
            schema.Format = "time-local";
        }
        if (schema.Enum is { Count: > 0 } values)
        {
            // A nullable use adds null to the values of the shared enum; whether a property may be null is the property's to say.
            schema.Enum = values.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null).ToList();
            schema.Type = JsonSchemaType.String;
        }
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 } properties)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (!properties.TryGetValue(property.Name, out var propertySchema))
                {
                    continue;
                }
                if (IsMarkedRequired(property))
                {
                    properties[property.Name] = WithoutNull(propertySchema);
                    required.Add(property.Name);
                }
                else if (!property.IsGetNullable && !IsNullable(propertySchema))
                {
                    required.Add(property.Name);
                }
            }
            schema.Required = required;
        }
        return Task.CompletedTask;
    }

    private static bool IsMarkedRequired(JsonPropertyInfo property) =>
        Marked(property.AttributeProvider) || Marked(property.AssociatedParameter?.AttributeProvider);

    private static bool Marked(ICustomAttributeProvider? provider) =>
        provider?.IsDefined(typeof(RequiredAttribute), inherit: true) ?? false;

    private static bool IsNullable(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        || (schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) ?? false);

    /// <summary>The schema with null taken out: <c>["null","string"]</c> is <c>string</c>, a oneOf of null and a reference is the reference.</summary>
    private static IOpenApiSchema WithoutNull(IOpenApiSchema schema)
    {
        if (schema.OneOf is { Count: > 0 } oneOf && oneOf.Any(s => s.Type == JsonSchemaType.Null))
        {
            var rest = oneOf.Where(s => s.Type != JsonSchemaType.Null).ToList();
            if (rest.Count == 1)
            {
                return rest[0];
            }
            ((OpenApiSchema)schema).OneOf = rest;
        }
        if (schema is OpenApiSchema concrete && concrete.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        {
            concrete.Type = type & ~JsonSchemaType.Null;
        }
        return schema;
    }
}
