import TutorCore
import TutorAnalysis

/// Chooses the width of each column of a table so that the table fits a line.
///
/// Columns keep their natural width (their widest cell) when the table fits. Otherwise the widest
/// columns shrink first, all to one common width where possible, so short columns stay whole and
/// only long text wraps. A column never shrinks below its minimum (its longest word, so words
/// are not cut); when the minimums alone do not fit, there is no grid layout.
enum TableColumnWidths {
    /// The widths, whose sum is at most `available`, or nil when the table cannot fit.
    /// - Parameters:
    ///   - natural: each column's widest cell.
    ///   - minimum: each column's narrowest acceptable width; a larger value than `natural` is
    ///     ignored, since a column never needs more than its widest cell.
    ///   - available: the columns' total width, without borders and padding.
    static func fit(natural: [Int], minimum: [Int], available: Int) -> [Int]? {
        guard natural.reduce(0, +) > available else { return natural }
        let floors = zip(natural, minimum).map { min($0, $1) }
        guard floors.reduce(0, +) <= available else { return nil }
        func widths(cappedAt level: Int) -> [Int] {
            zip(natural, floors).map { max($1, min($0, level)) }
        }
        // The highest common cap that fits; total(level) only grows with the level.
        var level = natural.max() ?? 0
        while level > 0, widths(cappedAt: level).reduce(0, +) > available { level -= 1 }
        var result = widths(cappedAt: level)
        // Fewer columns than were capped at `level` can have one column more: give it to the first ones.
        var spare = available - result.reduce(0, +)
        for index in result.indices where spare > 0 && result[index] == level && natural[index] > level {
            result[index] += 1
            spare -= 1
        }
        return result
    }
}
