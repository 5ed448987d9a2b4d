import TutorCore

/// How a table column's text sits in its cell, from the `:` in the delimiter row.
public enum MarkdownTableAlignment: Sendable, Equatable {
    /// `---`: no alignment asked for; rendered like `left`.
    case none
    /// `:---`
    case left
    /// `:---:`
    case center
    /// `---:`
    case right

    /// The alignment a delimiter cell asks for, or nil when the cell is not `:?-+:?`.
    init?(delimiterCell cell: Substring) {
        let leading = cell.first == ":"
        let trailing = cell.count > 1 && cell.last == ":"
        let dashes = cell.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0)
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
        switch (leading, trailing) {
        case (true, true): self = .center
        case (true, false): self = .left
        case (false, true): self = .right
        case (false, false): self = .none
        }
    }
}
