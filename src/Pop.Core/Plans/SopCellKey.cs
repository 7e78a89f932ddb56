namespace Pop.Core.Plans;

using System;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The cell key method's arithmetic: record keys from the host's secret, and the noise that a cell
/// key fixes. A record key is a 64-bit fraction of one (the first eight bytes of
/// HMAC-SHA256(secret, UTF-8 of the employee id)); a cell key is the sum of its people's record keys
/// modulo 2^64, which is the sum modulo 1 of the ABS method in fixed point.
/// </summary>
/// <threadsafety>Not thread-safe: one instance serves one aggregation.</threadsafety>
internal sealed class SopCellKey : IDisposable
{
    private readonly IncrementalHash hmac;

    public SopCellKey(byte[] secretKey) => hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secretKey);

    /// <summary>Salts that give each figure of a row its own noise from the same people.</summary>
    public enum Figure : ulong
    {
        Employees = 1,
        Activities = 2,
        Cost = 3,
        ActivitiesWithoutCost = 4,
        Hours = 5,
        ActivitiesWithoutTime = 6,
        SupplyUp = 7,
        SupplyDown = 8,
    }

    /// <summary>The record key of one person: computed once per person and aggregation.</summary>
    public ulong RecordKey(string employeeId)
    {
#if NET8_0_OR_GREATER
        int max = Encoding.UTF8.GetMaxByteCount(employeeId.Length);
        Span<byte> bytes = max <= 256 ? stackalloc byte[max] : new byte[max];
        int length = Encoding.UTF8.GetBytes(employeeId, bytes);
        hmac.AppendData(bytes.Slice(0, length));
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
#else
        hmac.AppendData(Encoding.UTF8.GetBytes(employeeId));
        byte[] hash = hmac.GetHashAndReset();
        ulong key = 0;
        for (int i = 7; i >= 0; i--)
        {
            key = (key << 8) | hash[i];
        }

        return key;
#endif
    }

    /// <summary>
    /// The key of a label (a department or competency name, already normalised): an HMAC of a zero
    /// byte and the UTF-8 label, so it is secret like a record key and apart from any employee's.
    /// </summary>
    public ulong LabelKey(string label)
    {
        hmac.AppendData(new byte[] { 0 });
        return RecordKey(label);
    }

    /// <summary>
    /// A count moved by two-sided geometric noise: the difference of two geometric draws, so a move
    /// of k has probability proportional to alpha^|k| with alpha = noise / (noise + 2), which moves a count
    /// by about as much on average as <see cref="Count"/> with the same noise; never below zero. Every
    /// whole number is a possible move, so no difference of two such counts is ever certain.
    /// </summary>
    public static int GeometricCount(int value, int noise, ulong cellKey)
    {
        double alpha = noise / (noise + 2.0);
        long moved = (long)value + Geometric(Mix(cellKey, Figure.SupplyUp), alpha) - Geometric(Mix(cellKey, Figure.SupplyDown), alpha);
        return (int)Math.Max(0L, Math.Min(int.MaxValue, moved));
    }

    /// <summary>
    /// A count moved by a whole number in −<paramref name="noise"/>..+<paramref name="noise"/>, each
    /// equally likely, chosen by the cell key; never below <paramref name="floor"/>.
    /// </summary>
    public static int Count(int value, int noise, int floor, ulong cellKey, Figure figure)
    {
        ulong draw = Mix(cellKey, figure);
        int shift = (int)(draw % (ulong)((2 * noise) + 1)) - noise;
        return Math.Max(floor, value + shift);
    }

    /// <summary>
    /// A total moved by up to <paramref name="share"/> × <paramref name="largest"/> either way,
    /// uniformly, chosen by the cell key; rounded to two decimals. False when the result does not fit.
    /// </summary>
    public static bool TryMagnitude(decimal total, decimal largest, decimal share, ulong cellKey, Figure figure, out decimal perturbed)
    {
        double unit = (Mix(cellKey, figure) >> 11) * (1.0 / (1UL << 53));
        decimal noise = (decimal)((2 * unit) - 1) * share * largest;
        try
        {
            perturbed = Math.Round(total + noise, 2, MidpointRounding.AwayFromZero);
            return true;
        }
        catch (OverflowException)
        {
            perturbed = 0m;
            return false;
        }
    }

    public void Dispose() => hmac.Dispose();

    // A geometric draw on 0, 1, 2, ... (P(g) = (1 - alpha) alpha^g): the largest g with u <= alpha^g for
    // u uniform in (0, 1]. Repeated multiplication is exactly rounded IEEE arithmetic, so every
    // platform draws the same; 53 bits of u end the loop after at most a few hundred steps.
    private static int Geometric(ulong draw, double alpha)
    {
        double u = ((draw >> 11) + 1) * (1.0 / (1UL << 53));
        int g = 0;
        double power = alpha;
        while (u <= power)
        {
            g++;
            power *= alpha;
        }

        return g;
    }

    // SplitMix64's finaliser: the cell key is uniform already (given the secret); the mix spreads the
    // figure's salt over all bits so each figure of one cell draws independently.
    private static ulong Mix(ulong cellKey, Figure figure)
    {
        ulong z = unchecked(cellKey + ((ulong)figure * 0x9E3779B97F4A7C15UL));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
