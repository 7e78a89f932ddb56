namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;

/// <summary>
/// How the strategic training plan (SOP) protects the people behind its figures: the minimum
/// number of people a figure rests on, and the cell key perturbation that keeps two reports from
/// being subtracted to find one person's figures.
/// </summary>
/// <remarks>
/// <para>
/// The threshold rule always holds: a row needs at least <see cref="MinimumGroupSize"/> distinct
/// employees, and each figure of a row needs that many people behind it (the cost total that many
/// employees with a cost estimate, and so on); the minimum cannot be set below
/// <see cref="MinimumGroupSizeFloor"/>.
/// </para>
/// <para>
/// <see cref="Perturbed"/> adds the cell key method (as in the Australian Bureau of Statistics'
/// TableBuilder and the European census tables): every employee gets a record key, an HMAC-SHA256
/// of their id under the host's secret key; a figure's cell key is the sum of the record keys of
/// the people it rests on; the noise is a fixed function of that cell key. The same figure always
/// gets the same noise, so asking again does not average it away; two reports that differ by one
/// person give that figure unrelated noise, so their difference is the person's figure plus noise
/// of a documented size, never the figure itself. See <c>docs/plans.md</c> for the bound and the limits.
/// </para>
/// <para>
/// <see cref="Unperturbed"/> switches the noise off, explicitly: for readers who may see every plan
/// anyway (an HR team with full rights). It keeps the threshold rule.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SopProtection
{
    /// <summary>The lowest minimum group size a caller may choose: 5.</summary>
    public const int MinimumGroupSizeFloor = 5;

    /// <summary>The fewest bytes a secret key may have: 16 (32 recommended, as HMAC-SHA256's output).</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The default <see cref="CountNoise"/>: 2.</summary>
    public const int DefaultCountNoise = 2;

    /// <summary>The default <see cref="MagnitudeNoise"/>: 0.25.</summary>
    public const decimal DefaultMagnitudeNoise = 0.25m;

    private readonly byte[]? key;

    private SopProtection(int minimumGroupSize, byte[]? key, int countNoise, decimal magnitudeNoise)
    {
        MinimumGroupSize = minimumGroupSize;
        this.key = key;
        CountNoise = countNoise;
        MagnitudeNoise = magnitudeNoise;
    }

    /// <summary>Gets the minimum number of distinct people a row, and each of its figures, rests on.</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Gets a value indicating whether figures carry cell key noise.</summary>
    public bool IsPerturbed => key is not null;

    /// <summary>Gets the largest amount a count is moved by (0 when unperturbed).</summary>
    public int CountNoise { get; }

    /// <summary>
    /// Gets the largest amount a cost or time total is moved by, as a share of the largest single
    /// person's part of that total (0 when unperturbed).
    /// </summary>
    public decimal MagnitudeNoise { get; }

    /// <summary>Gets the host's secret key; null when unperturbed. Never exposed publicly.</summary>
    internal byte[]? Key => key;

    /// <summary>Protection with cell key noise: the protection for any SOP that leaves HR.</summary>
    /// <param name="secretKey">
    /// The host's secret key, at least <see cref="MinimumKeyLength"/> random bytes. Keep it secret and
    /// keep it stable: the same key gives the same noise, which is what defeats averaging; whoever
    /// holds it can compute the noise and remove it. The bytes are copied.
    /// </param>
    /// <param name="minimumGroupSize">The minimum group size, at least <see cref="MinimumGroupSizeFloor"/>.</param>
    /// <param name="countNoise">The largest amount a count moves, 1 to 10 (default 2).</param>
    /// <param name="magnitudeNoise">
    /// The largest amount a cost or time total moves, as a share of the largest single person's part
    /// of it, from 0.05 to 1 (default 0.25).
    /// </param>
    /// <returns>The protection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secretKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secretKey"/> is shorter than <see cref="MinimumKeyLength"/> bytes or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minimumGroupSize"/> is below <see cref="MinimumGroupSizeFloor"/>, or
    /// <paramref name="countNoise"/> or <paramref name="magnitudeNoise"/> is outside its range.
    /// </exception>
    public static SopProtection Perturbed(byte[] secretKey, int minimumGroupSize = MinimumGroupSizeFloor, int countNoise = DefaultCountNoise, decimal magnitudeNoise = DefaultMagnitudeNoise)
    {
        Guard.Against.Null(secretKey, nameof(secretKey));
        if (secretKey.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"The secret key has {secretKey.Length} bytes; it needs at least {MinimumKeyLength} random bytes.", nameof(secretKey));
        }

        if (Array.TrueForAll(secretKey, b => b == 0))
        {
            throw new ArgumentException("The secret key is all zero bytes; use random bytes.", nameof(secretKey));
        }

        CheckMinimum(minimumGroupSize);
        Guard.Against.OutOfRange(countNoise, nameof(countNoise), 1, 10);
        Guard.Against.OutOfRange(magnitudeNoise, nameof(magnitudeNoise), 0.05m, 1m);
        return new SopProtection(minimumGroupSize, (byte[])secretKey.Clone(), countNoise, magnitudeNoise);
    }

    /// <summary>
    /// Protection without noise, chosen explicitly: figures are exact sums, still only over at
    /// least <paramref name="minimumGroupSize"/> people. Only for readers entitled to every plan
    /// (an HR team with full rights): exact reports can be subtracted from each other.
    /// </summary>
    /// <param name="minimumGroupSize">The minimum group size, at least <see cref="MinimumGroupSizeFloor"/>.</param>
    /// <returns>The protection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumGroupSize"/> is below <see cref="MinimumGroupSizeFloor"/>.</exception>
    public static SopProtection Unperturbed(int minimumGroupSize = MinimumGroupSizeFloor)
    {
        CheckMinimum(minimumGroupSize);
        return new SopProtection(minimumGroupSize, null, 0, 0m);
    }

    /// <inheritdoc />
    public override string ToString() => IsPerturbed
        ? $"minimum {MinimumGroupSize}, cell key noise ±{CountNoise} on counts, ±{MagnitudeNoise:P0} of the largest part on totals"
        : $"minimum {MinimumGroupSize}, no noise";

    private static void CheckMinimum(int minimumGroupSize)
    {
        if (minimumGroupSize < MinimumGroupSizeFloor)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumGroupSize), minimumGroupSize, $"The minimum group size cannot be below {MinimumGroupSizeFloor}: a figure over fewer people can single someone out.");
        }
    }
}
