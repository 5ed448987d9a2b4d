/// The links of a run found by effect or by cause in O(log n), held compactly: the pairs in effect order,
/// and their positions in cause order (a counting sort, linear). Words are made only for the links asked for.
public struct CausalLinkIndex: Sendable {
    public let timeline: Timeline
    private let pairs: [CausalPair]
    /// Positions in `pairs`, ordered by cause (then by effect).
    private let byCause: [Int32]

    public init(timeline: Timeline) {
        self.timeline = timeline
        pairs = CausalLinker.pairs(in: timeline)
        var starts = [Int32](repeating: 0, count: timeline.events.count + 1)
        for pair in pairs { starts[Int(pair.cause) + 1] += 1 }
        for i in starts.indices.dropFirst() { starts[i] += starts[i - 1] }
        var order = [Int32](repeating: 0, count: pairs.count)
        for (position, pair) in pairs.enumerated() {
            let cause = Int(pair.cause)
            order[Int(starts[cause])] = Int32(position)
            starts[cause] += 1
        }
        byCause = order
    }

    /// The links whose effect is event `index`, in the linker's order.
    public func links(effect index: Int) -> [CausalLink] {
        var position = lowerBound(pairs.count) { Int(pairs[$0].effect) < index }
        var out: [CausalLink] = []
        while position < pairs.count, Int(pairs[position].effect) == index {
            out.append(CausalLinker.link(pairs[position], in: timeline))
            position += 1
        }
        return out
    }

    /// The first `limit` links whose cause is event `index`, in effect order (a map's submit causes a
    /// million task starts: only those shown are put in words).
    public func links(cause index: Int, limit: Int) -> [CausalLink] {
        let range = causeRange(index)
        return byCause[range.prefix(limit)].map { CausalLinker.link(pairs[Int($0)], in: timeline) }
    }

    /// How many links have event `index` as their cause.
    public func count(cause index: Int) -> Int { causeRange(index).count }

    private func causeRange(_ index: Int) -> Range<Int> {
        let low = lowerBound(byCause.count) { Int(pairs[Int(byCause[$0])].cause) < index }
        let high = lowerBound(byCause.count) { Int(pairs[Int(byCause[$0])].cause) <= index }
        return low..<high
    }

    private func lowerBound(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
