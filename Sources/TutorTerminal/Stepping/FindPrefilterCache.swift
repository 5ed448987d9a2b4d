/// A find's `RowPrefilter`, made at its first poll and kept for the find's later polls.
///
/// Making the prefilter reads the letters of every phrase its row kinds are written with: a few hundred
/// microseconds, which each poll of a find waiting for the index (one each 50 ms, for as long as the index
/// takes) paid again for the same needle and the same rows. The cache belongs to one find on one model (a
/// model of another length starts the find over with an empty cache), so it never answers for other rows.
struct FindPrefilterCache: Sendable, Equatable {
    /// nil: not made yet; `.some(nil)`: made, and no row kind of the writer's can be ruled out.
    private var made: RowPrefilter??

    /// The prefilter of `needle` for `writer`'s rows, made on the first call.
    mutating func prefilter(_ needle: [UInt8], writer: FrequentRowWriter) -> RowPrefilter? {
        if let made { return made }
        let prefilter = RowPrefilter(needle: needle, writer: writer)
        made = .some(prefilter)
        return prefilter
    }

    /// Two finds compare by what they searched, not by whether their prefilter is made yet.
    static func == (lhs: Self, rhs: Self) -> Bool { true }
}
