/// A run of consecutive items of a long list, as the state panel writes it: "163–1798" for 1,636 work items, "0.2694–0.4999"
/// for the chunks of one map() (gaps 37A). `first` and `last` are the names the panel shows for the run's two ends.
public struct ListedSpan: Sendable, Equatable {
    public var first: String
    public var last: String
    public var count: Int

    public init(first: String, last: String, count: Int) {
        self.first = first
        self.last = last
        self.count = count
    }

    /// `numbers` in their order, each run of consecutive numbers one span.
    public static func spans(of numbers: [Int64]) -> [ListedSpan] {
        var out: [ListedSpan] = []
        var start = 0
        for i in numbers.indices where i + 1 == numbers.count || numbers[i + 1] != numbers[i] &+ 1 {
            out.append(ListedSpan(first: String(numbers[start]), last: String(numbers[i]), count: i - start + 1))
            start = i + 1
        }
        return out
    }
}
