using System.Security.Cryptography;

namespace VanBinnenuit.Monitoring.Domain.Disclosure;

/// <summary>Where new record keys come from: the cryptographic generator, or a seeded one in tests so an attack is repeatable.</summary>
public interface IRecordKeys
{
    long Next();
}

/// <summary>
/// A record's key: a uniform integer in [0, 2^32), drawn once when the record is first stored and
/// kept for ever (a correction keeps its report's key). It is never published, and drawn from the
/// cryptographic generator so that no key can be predicted from another.
/// </summary>
public sealed class RecordKey : IRecordKeys
{
    public const long Range = 1L << 32;

    public long Next() => BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));

    /// <summary>
    /// Where a cell of <paramref name="keys"/> falls in [0, 1) for <paramref name="measure"/>: the
    /// cell key (the record keys' sum modulo the range) times an odd constant of the measure,
    /// modulo the range. Multiplying by an odd number permutes the keys, so each figure's position is
    /// uniform, and the high bits it is read by come from the cell key's low bits.
    /// </summary>
    public static double Position(long keys, Measure measure)
    {
        var cellKey = (ulong)(((keys % Range) + Range) % Range);
        var scrambled = (cellKey * Multipliers[(int)measure]) % (ulong)Range;
        return scrambled / (double)Range;
    }

    // Odd and unrelated to each other, one per measure in the order of Measure.
    private static readonly ulong[] Multipliers =
    [
        0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646D, 0xFD7046C5, 0xB55A4F09, 0x8CB92BA7, 0xE6546B65,
    ];
}
