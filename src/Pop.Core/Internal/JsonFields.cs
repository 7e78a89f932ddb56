namespace Pop.Core.Internal;

using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime.Text;

/// <summary>A JSON document has the wrong shape at a path; each public reader turns it into its own typed exception.</summary>
internal sealed class JsonShapeException : Exception
{
    public JsonShapeException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    public string Path { get; }
}

/// <summary>Reads typed fields of a <see cref="JsonElement"/>, naming the path of anything wrong.</summary>
internal static class JsonFields
{
    /// <summary>
    /// Parses a document for a reader and checks it once, before any field is read: it is valid JSON,
    /// no object holds the same key twice (a reader would otherwise see only one of the two values,
    /// while the text still holds the other), and every string and key decodes to valid UTF-16 (a lone
    /// surrogate such as <c>\ud800</c> is refused). Linear in the document's size.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="options">The reader's options (depth).</param>
    /// <returns>The document; the caller disposes it.</returns>
    /// <exception cref="JsonShapeException">The text is not a document the readers accept; the path says where.</exception>
    public static JsonDocument ParseDocument(string json, JsonDocumentOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, options);
        }
        catch (JsonException e)
        {
            throw new JsonShapeException(e.Path ?? "$", "not valid JSON: " + e.Message);
        }
        catch (ArgumentException)
        {
            throw new JsonShapeException("$", "not valid JSON: the text holds a lone surrogate, which is not a character.");
        }

        try
        {
            Check(document.RootElement, new List<object>());
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public static JsonElement Object(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new JsonShapeException($"{path}.{name}", "expected an object.");
        }

        return value;
    }

    /// <summary>The items of an array, each checked to be of <paramref name="itemKind"/>, with their paths.</summary>
    public static IEnumerable<(JsonElement Item, string Path)> Array(JsonElement e, string name, string path, bool optional = false, JsonValueKind itemKind = JsonValueKind.Object)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            if (optional)
            {
                yield break;
            }

            throw new JsonShapeException($"{path}.{name}", "expected an array.");
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonShapeException($"{path}.{name}", "expected an array.");
        }

        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            string itemPath = $"{path}.{name}[{i++}]";
            if (item.ValueKind != itemKind)
            {
                throw new JsonShapeException(itemPath, itemKind == JsonValueKind.String ? "expected a string." : "expected an object.");
            }

            yield return (item, itemPath);
        }
    }

    public static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static string Text(JsonElement e, string name, string path, bool allowEmpty = false)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new JsonShapeException($"{path}.{name}", "expected a string.");
        }

        string text = value.GetString()!;
        return allowEmpty || text.Trim().Length > 0 ? text : throw new JsonShapeException($"{path}.{name}", "must not be empty.");
    }

    public static string[] TextArray(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonShapeException($"{path}.{name}", "expected an array of strings.");
        }

        var list = new List<string>();
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim().Length == 0)
            {
                throw new JsonShapeException($"{path}.{name}[{i}]", "expected a non-empty string.");
            }

            list.Add(item.GetString()!);
            i++;
        }

        return list.ToArray();
    }

    public static string? OptionalText(JsonElement e, string name, string path) => Has(e, name) ? Text(e, name, path) : null;

    public static int Int(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n)
            ? n
            : throw new JsonShapeException($"{path}.{name}", "expected a whole number.");

    public static decimal? OptionalDecimal(JsonElement e, string name, string path)
    {
        if (!Has(e, name))
        {
            return null;
        }

        return e.GetProperty(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out decimal d)
            ? d
            : throw new JsonShapeException($"{path}.{name}", "expected a number.");
    }

    public static bool Bool(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new JsonShapeException($"{path}.{name}", "expected true or false.");

    public static T Parse<T>(JsonElement e, string name, string path, IPattern<T> pattern)
    {
        var result = pattern.Parse(Text(e, name, path));
        return result.Success ? result.Value : throw new JsonShapeException($"{path}.{name}", result.Exception.Message);
    }

    public static T ParseValue<T>(string text, string path, IPattern<T> pattern)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonShapeException(path, result.Exception.Message);
    }

    public static TEnum Enum<TEnum>(JsonElement e, string name, string path)
        where TEnum : struct, Enum =>
        EnumValue<TEnum>(Text(e, name, path), $"{path}.{name}");

    /// <summary>
    /// Reads an enum value by its exact name only: no numbers, no white space, no other case and no
    /// comma-separated flag combinations (which <see cref="System.Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
    /// would OR into another member).
    /// </summary>
    public static TEnum EnumValue<TEnum>(string text, string path)
        where TEnum : struct, Enum
    {
        string[] names = System.Enum.GetNames(typeof(TEnum));
        foreach (string name in names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return (TEnum)System.Enum.Parse(typeof(TEnum), name);
            }
        }

        throw new JsonShapeException(path, $"'{text}' is not one of {string.Join(", ", names)}.");
    }

    private static void Check(JsonElement e, List<object> trail)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in e.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw new JsonShapeException(PathOf(trail), "a key holds a lone surrogate, which is not a character.");
                    }

                    trail.Add(name);
                    if (!seen.Add(name))
                    {
                        throw new JsonShapeException(PathOf(trail), "the key appears twice in one object; each key may appear once.");
                    }

                    Check(property.Value, trail);
                    trail.RemoveAt(trail.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    trail.Add(i++);
                    Check(item, trail);
                    trail.RemoveAt(trail.Count - 1);
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = e.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new JsonShapeException(PathOf(trail), "the text holds a lone surrogate, which is not a character.");
                }

                break;
        }
    }

    private static string PathOf(List<object> trail)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (object step in trail)
        {
            _ = step is int index ? path.Append('[').Append(index).Append(']') : path.Append('.').Append((string)step);
        }

        return path.ToString();
    }
}
