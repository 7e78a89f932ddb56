using System;
using System.IO;
using Pop.LexiconGen;

// dotnet run --project tools/LexiconGen -- src/Pop.Core/Smart/Text
// Writes LexiconTable.g.cs into the given folder (the text engine's folder) from the word lists
// compiled into this tool; exits 2 on a wrong argument.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"usage: {LexiconTableWriter.Command}");
    Console.Error.WriteLine(args.Length == 1 ? $"no such folder: {args[0]}" : "give the folder of the SMART text engine");
    return 2;
}

string path = Path.Combine(args[0], LexiconTableWriter.FileName);
string text = LexiconTableWriter.Generate();
if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) == text)
{
    Console.WriteLine($"{path} is up to date.");
    return 0;
}

File.WriteAllText(path, text);
Console.WriteLine($"wrote {path}.");
return 0;
