/// What the inline parser has already learnt about one block's text, so it never scans the same stretch twice.
///
/// Without it, every opener that finds no partner (`*a **b *a **b …`, `[[[…`, `` ` `` runs) scans to the
/// end of the block: quadratic time, minutes for a few tens of kilobytes. A failed search from a position
/// fails from every later one (same delimiter, same limit), and brackets and parentheses are matched in one
/// pass with a stack, so parsing stays linear.
final class MarkdownInlineMemo {
    struct SearchKey: Hashable {
        var delimiter: Character
        var width: Int
        var limit: Int
    }

    /// The earliest start from which a search for a closer failed, per delimiter, width and limit.
    var closerFailedFrom: [SearchKey: Int] = [:]
    /// The earliest start from which no closing backtick run of that length was found.
    var codeFailedFrom: [SearchKey: Int] = [:]
    /// Per limit: the `]` matching each `[` seen so far (nil when none), from one stack pass.
    var brackets: [Int: [Int: Int?]] = [:]
    /// Per limit: the `)` matching each `(` seen so far (nil when none).
    var parentheses: [Int: [Int: Int?]] = [:]

    /// Whether a search from `start` is known to fail.
    func knownToFail(_ table: [SearchKey: Int], _ key: SearchKey, from start: Int) -> Bool {
        table[key].map { start >= $0 } ?? false
    }

    /// Records that a search from `start` failed.
    func recordFailure(_ table: inout [SearchKey: Int], _ key: SearchKey, from start: Int) {
        table[key] = min(table[key] ?? start, start)
    }
}
