namespace Pop.Cli.Tests;

using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Xunit;

/// <summary>The embedding sample end to end, against a real SQLite file.</summary>
public sealed class EmbeddingSampleTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pop-embedding-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void The_first_run_creates_the_database_and_stores_every_event_a_later_run_rebuilds_from_it()
    {
        var first = PopProcess.Embedding(directory);
        Assert.True(first.ExitCode == 0, first.Stderr);
        string database = Path.Combine(directory, "pop-embedding.db");
        Assert.True(File.Exists(database));

        long events = Scalar(database, "SELECT COUNT(*) FROM conversation_events WHERE conversation_id = 'pop-sanne'");
        Assert.Contains($"Stored {events} events; rebuilt from the database.", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(events, Scalar(database, "SELECT MAX(version) FROM conversation_events"));
        Assert.Equal(1, Scalar(database, "SELECT COUNT(*) FROM conversation_events WHERE type = 'ConversationClosed'"));

        // The vendor's own wording of two messages.
        Assert.Contains("HR-Suite: in de stap 'status' kun je dit nog niet vastleggen", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("SMART-T01: HR-Suite: vul bij elk doel een einddatum in", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("status Closed", first.Stdout, StringComparison.Ordinal);

        var second = PopProcess.Embedding(directory);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"Found conversation 'pop-sanne' with {events} events", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("status Closed", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(events, Scalar(database, "SELECT COUNT(*) FROM conversation_events"));
    }

    [Fact]
    public void A_database_changed_by_hand_is_refused_with_one_line()
    {
        string database = Path.Combine(directory, "shop.db");
        Assert.Equal(0, PopProcess.Embedding(directory, "--db", database).ExitCode);
        // Drop the event that closes the conversation's first phase: replay must notice the gap.
        Scalar(database, "DELETE FROM conversation_events WHERE version = 4; SELECT 0");
        var (code, _, stderr) = PopProcess.Embedding(directory, "--db", database);
        Assert.Equal(3, code);
        Assert.StartsWith("pop-embedding: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Help_and_unknown_arguments()
    {
        Assert.Equal(0, PopProcess.Embedding(directory, "--help").ExitCode);
        Assert.Equal(2, PopProcess.Embedding(directory, "--bogus").ExitCode);
        Assert.False(File.Exists(Path.Combine(directory, "pop-embedding.db")));
    }
}
