namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

/// <summary>A CSV file with a header row (RFC 4180: quoted fields, doubled quotes, commas in quotes).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(string path, Dictionary<string, int> columns, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        this.columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public List<(int Line, string[] Fields)> Rows { get; }

    public static CsvTable Read(string path, IEnumerable<string> required)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"The input file '{path}' does not exist.", ExitCodes.Input);
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false), true);
        string? header = reader.ReadLine();
        if (header is null)
        {
            throw new CliException($"{path} is empty; it needs a header row.", ExitCodes.Input);
        }

        var names = Split(header, path, 1);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            columns[names[i].Trim()] = i;
        }

        foreach (var name in required)
        {
            if (!columns.ContainsKey(name))
            {
                throw new CliException($"{path}: the header has no column '{name}' (it has: {string.Join(", ", names)}).", ExitCodes.Input);
            }
        }

        var rows = new List<(int, string[])>();
        int line = 1;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(text, path, line);
            if (fields.Length != names.Length)
            {
                throw new CliException($"{path} line {line}: {fields.Length} fields where the header has {names.Length}.", ExitCodes.Input);
            }

            rows.Add((line, fields));
        }

        return new CsvTable(path, columns, rows);
    }

    public bool Has(string column) => columns.ContainsKey(column);

    public string? Get(string[] fields, string column) =>
        columns.TryGetValue(column, out int i) && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;

    public string Required(string[] fields, string column, int line) =>
        Get(fields, column) ?? throw new CliException($"{Path} line {line}: '{column}' is empty.", ExitCodes.Input);

    public double Number(string[] fields, string column, int line)
    {
        string value = Required(fields, column, line);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsNaN(d) && !double.IsInfinity(d)
            ? d
            : throw new CliException($"{Path} line {line}: '{column}' must be a number; got '{value}'.", ExitCodes.Input);
    }

    private static string[] Split(string line, string path, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new CliException($"{path} line {number}: a quoted field is not closed.", ExitCodes.Input);
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
