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

    public static TEnum EnumValue<TEnum>(string text, string path)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(typeof(TEnum), value) && !char.IsDigit(text[0]) && text[0] != '-'
            ? value
            : throw new JsonShapeException(path, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames(typeof(TEnum)))}.");
}
