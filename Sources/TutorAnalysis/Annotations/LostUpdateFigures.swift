import TutorCore

/// The whole figure of the updates lost to one place, proved by arithmetic: every write stored its writer's read of the
/// place plus one and the same step `delta`, so the values only move by `delta` from the place's first value, which the
/// first write to land had read: the least value any write's read saw (the greatest, when `delta` < 0). A read made
/// after every write then says how many updates landed, (final − initial) / delta; the rest were lost.
///
/// `ViewLostUpdates` finds them for views into shared memory and ShareableList items, `ProxyLostUpdates` for an item
/// behind Manager proxies; each says when its read counts as made after every write.
public struct LostUpdateFigures: Sendable, Equatable {
    public var slot: String
    public var place: String
    public var writes: Int
    public var delta: Double
    public var initial: Double
    public var final: Double
    /// The read made after every write.
    public var finalStep: Int
    public var writers: [String]

    /// How many updates the final value holds, and how many were lost.
    public var landed: Int { Int(((final - initial) / delta).rounded()) }
    public var lost: Int { writes - landed }

    /// The figures the values prove, or nil: there must be a final read (`finalStep`, read `final`), writes by two
    /// writers or more (`writerCount`), one step shared by every write (`deltas`), and a final value short of what
    /// every update would give by a whole number of steps.
    static func proved(slot: String, place: String, reads: [Double], deltas: Set<Double>, writes: Int, writerCount: Int,
                       writers: [String], finalStep: Int?, final: Double?) -> LostUpdateFigures? {
        guard let finalStep, writerCount >= 2, deltas.count == 1, let delta = deltas.first, delta != 0,
              let initial = delta > 0 ? reads.min() : reads.max(), let final else { return nil }
        let steps = (final - initial) / delta
        guard abs(steps - steps.rounded()) < 1e-6, steps.rounded() >= 0, Int(steps.rounded()) < writes else { return nil }
        return LostUpdateFigures(slot: slot, place: place, writes: writes, delta: delta, initial: initial, final: final,
                                 finalStep: finalStep, writers: writers)
    }

    /// `phrase` filled with the figures: `writers`, `place`, `writes`, `step`, `initial`, `full`, `reader`, `final`,
    /// `landed` and `lost`.
    func text(_ phrase: Phrase, reader: String) -> String {
        let d = delta
        return phrase.text([
            "writers": writers.joined(separator: Phrase.evComma.text()), "place": place, "writes": writes,
            "step": (d > 0 ? "+ " : "- ") + Self.text(abs(d)), "initial": Self.text(initial),
            "full": Self.text(initial + Double(writes) * d), "reader": reader,
            "final": Self.text(final), "landed": landed, "lost": lost])
    }

    /// A number as the program would print it: `12` for 12.0.
    static func text(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
