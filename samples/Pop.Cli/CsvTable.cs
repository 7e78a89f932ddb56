namespace Pop.Cli;

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Unicode;

/// <summary>
/// A CSV file with a header row, read as RFC 4180 says and nothing guessed: UTF-8 only (a byte
/// order mark is allowed), fields separated by commas, records by CRLF, LF or CR; a field in
/// double quotes may hold commas, doubled quotes and line breaks (kept as written). See
/// <see cref="Contract"/> for the exact rules, as the commands' help shows them.
/// </summary>
internal sealed class CsvTable
{
    /// <summary>What the reader accepts, in the words of the commands' help.</summary>
    public const string Contract = """
        The CSV is read as RFC 4180: UTF-8 only (a byte order mark is allowed; a file in another
        encoding is refused, naming the line and byte offset of the first byte that is not UTF-8),
        fields separated by commas, records ending in CRLF, LF or CR. A field in double quotes may
        hold commas, line breaks (kept as written) and doubled quotes ("" for one "); spaces around
        it are ignored and anything else after its closing quote is refused; a quote inside an
        unquoted field is kept as written. Values are trimmed. Blank lines are skipped; every record
        has as many fields as the header. The first record is the header: names match without
        regard to case or surrounding spaces, unknown and unnamed columns are ignored, and a name
        that occurs twice is refused. Errors name the line on which the record starts.
        """;

    /// <summary>What the writer does to a cell, in the words of the commands' help.</summary>
    public const string OutputContract = """
        CSV output is UTF-8 without a byte order mark, LF line ends, RFC 4180 quoting. A cell that
        starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe (') so that a
        spreadsheet shows it as text and does not run it as a formula (OWASP's advice against CSV
        injection); a plain negative number such as -5 or -2.5 is left as it is.
        """;

    private readonly Dictionary<string, int> columns;

    private CsvTable(string path, Dictionary<string, int> columns, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        this.columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    /// <summary>Gets the records after the header, each with the line on which it starts.</summary>
    public List<(int Line, string[] Fields)> Rows { get; }

    public static CsvTable Read(string path, IEnumerable<string> required)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"The input file '{path}' does not exist.", ExitCodes.Input);
        }

        string text = Decode(File.ReadAllBytes(path), path);
        var records = Parse(text, path);
        if (records.Count == 0)
        {
            throw new CliException($"{path} is empty; it needs a header row.", ExitCodes.Input);
        }

        var (headerLine, names) = records[0];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i].Trim();
            if (name.Length == 0)
            {
                continue; // an unnamed column (a trailing comma in a spreadsheet export) is read and ignored
            }

            if (columns.TryGetValue(name, out int first))
            {
                throw new CliException(
                    $"{path} line {headerLine}: the header names the column '{name}' twice (columns {first + 1} and {i + 1}); keep one.",
                    ExitCodes.Input);
            }

            columns.Add(name, i);
        }

        foreach (var name in required)
        {
            if (!columns.ContainsKey(name))
            {
                throw new CliException($"{path}: the header has no column '{name}' (it has: {string.Join(", ", names)}).", ExitCodes.Input);
            }
        }

        var rows = new List<(int, string[])>(records.Count - 1);
        for (int r = 1; r < records.Count; r++)
        {
            var (line, fields) = records[r];
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

    /// <summary>
    /// One cell of CSV output, quoted when RFC 4180 needs it and neutralised against formula
    /// injection (OWASP): a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return gets a leading apostrophe, so that a spreadsheet shows it as text instead
    /// of running it. A plain negative number such as <c>-5</c> or <c>-2.5</c> is left as it is: a
    /// spreadsheet reads it as a number, not as a formula.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNegativeNumber(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static bool IsNegativeNumber(string value)
    {
        // '-' followed by digits, with at most one '.' that has digits on both sides.
        if (value[0] != '-')
        {
            return false;
        }

        int i = 1, digits = 0;
        while (i < value.Length && value[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < value.Length && value[i] == '.')
        {
            int fraction = 0;
            for (i++; i < value.Length && value[i] is >= '0' and <= '9'; i++)
            {
                fraction++;
            }

            if (fraction == 0)
            {
                return false;
            }
        }

        return i == value.Length;
    }

    /// <summary>UTF-8 or nothing: the first byte that is not UTF-8 is reported with its line and offset.</summary>
    private static string Decode(byte[] bytes, string path)
    {
        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var input = new ReadOnlySpan<byte>(bytes, bom, bytes.Length - bom);
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, input.Length)); // never more UTF-16 units than UTF-8 bytes
        try
        {
            var status = Utf8.ToUtf16(input, chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                int offset = bom + read;
                int line = 1;
                for (int i = 0; i < offset; i++)
                {
                    line += bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n') ? 1 : 0;
                }

                throw new CliException(
                    $"{path} line {line}, byte {offset} (counted from 0): 0x{bytes[offset]:X2} is not UTF-8; the file is in another encoding (Latin-1 or Windows-1252?): save it as UTF-8 and try again.",
                    ExitCodes.Input);
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Splits the text into records of fields (RFC 4180), each with the line on which it starts.</summary>
    private static List<(int Line, string[] Fields)> Parse(string text, string path)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var quoted = new StringBuilder();
        int n = text.Length, i = 0, line = 1, recordLine = 1;
        bool anyQuoted = false;
        while (true)
        {
            // One field. Spaces before an opening quote are not part of it.
            int j = i;
            while (j < n && text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < n && text[j] == '"')
            {
                int openedOn = line;
                quoted.Clear();
                for (i = j + 1; ; i++)
                {
                    if (i == n)
                    {
                        throw new CliException($"{path} line {openedOn}: the quoted field that opens on this line is not closed before the end of the file.", ExitCodes.Input);
                    }

                    char c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"')
                        {
                            quoted.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n' || (c == '\r' && (i + 1 == n || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    quoted.Append(c);
                }

                for (i++; i < n && text[i] is ' ' or '\t'; i++)
                {
                }

                if (i < n && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new CliException($"{path} line {line}: '{text[i]}' after the closing quote of a quoted field; only a comma or the end of the line may follow (a quote inside quotes is written \"\").", ExitCodes.Input);
                }

                fields.Add(quoted.ToString());
                anyQuoted = true;
            }
            else
            {
                int k = i;
                while (k < n && text[k] is not (',' or '\n' or '\r'))
                {
                    k++;
                }

                fields.Add(text.Substring(i, k - i));
                i = k;
            }

            if (i < n && text[i] == ',')
            {
                i++;
                continue;
            }

            // The end of the record: a line break or the end of the file. A blank line is no record.
            if (anyQuoted || fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add((recordLine, fields.ToArray()));
            }

            fields.Clear();
            anyQuoted = false;
            if (i >= n)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
            line++;
            recordLine = line;
            if (i >= n)
            {
                break;
            }
        }

        return records;
    }
}
