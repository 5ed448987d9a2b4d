/// A small seeded random generator (SplitMix64) for the tests that make random inputs: the same seed makes the same
/// inputs on every machine, so a failure is found again by running the same test.
public struct SplitMix {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` is below 1).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
