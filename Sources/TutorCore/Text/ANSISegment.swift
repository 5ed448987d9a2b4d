/// One piece of terminal text: a printable (or control) character, or a complete CSI escape sequence.
public enum ANSISegment: Equatable, Sendable {
    case character(Character)
    /// A complete `ESC [ params intermediates final` sequence, ESC included.
    case controlSequence(String)

    /// The zero-width SGR sequence that switches every style off.
    public static let reset = "\u{1B}[0m"

    /// Whether `sequence` is a Select Graphic Rendition (colour/style) sequence and nothing else.
    public static func isSGR(_ sequence: String) -> Bool {
        guard sequence.hasPrefix("\u{1B}["), sequence.hasSuffix("m") else { return false }
        return sequence.dropFirst(2).dropLast().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ";" || $0 == ":") }
    }

    /// Whether the SGR `sequence` leaves no style active (its last parameter is a reset).
    public static func isReset(_ sequence: String) -> Bool {
        let parameters = sequence.dropFirst(2).dropLast()
        let last = parameters.split(separator: ";", omittingEmptySubsequences: false).last ?? ""
        return Int(last) ?? 0 == 0
    }
}
