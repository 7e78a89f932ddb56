namespace Pop.Embedding;

using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;
using Pop.Core.Conversations;

/// <summary>
/// A conversation event store on SQLite: one row per event, numbered per conversation. Appending
/// checks the version the caller decided on, so two requests deciding on the same state cannot
/// both win. The schema is created on first use.
/// </summary>
internal sealed class SqliteConversationStore
{
    private readonly string connectionString;

    public SqliteConversationStore(string databasePath)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS conversation_events (
                conversation_id TEXT    NOT NULL,
                version         INTEGER NOT NULL,
                type            TEXT    NOT NULL,
                at              TEXT    NOT NULL,
                body            TEXT    NOT NULL,
                PRIMARY KEY (conversation_id, version)
            );
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Appends events after <paramref name="expectedVersion"/> (the number of events the decision was made on).</summary>
    public void Append(string conversationId, int expectedVersion, IReadOnlyList<ConversationEvent> events)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "SELECT COUNT(*) FROM conversation_events WHERE conversation_id = $id";
            count.Parameters.AddWithValue("$id", conversationId);
            long actual = (long)count.ExecuteScalar()!;
            if (actual != expectedVersion)
            {
                throw new InvalidOperationException($"Conversation '{conversationId}' has {actual} events, not the {expectedVersion} this decision was made on; load it again.");
            }
        }

        int version = expectedVersion;
        foreach (var e in events)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO conversation_events (conversation_id, version, type, at, body) VALUES ($id, $version, $type, $at, $body)";
            insert.Parameters.AddWithValue("$id", conversationId);
            insert.Parameters.AddWithValue("$version", ++version);
            insert.Parameters.AddWithValue("$type", e.Type);
            insert.Parameters.AddWithValue("$at", e.At.ToString());
            insert.Parameters.AddWithValue("$body", ConversationJson.SerializeEvent(e));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Rebuilds a conversation from its stored events (every rule checked again), or null when there is none.</summary>
    public Conversation? Load(string conversationId)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT body FROM conversation_events WHERE conversation_id = $id ORDER BY version";
        query.Parameters.AddWithValue("$id", conversationId);
        var events = new List<ConversationEvent>();
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                events.Add(ConversationJson.DeserializeEvent(reader.GetString(0)));
            }
        }

        return events.Count == 0 ? null : Conversation.Replay(events);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
