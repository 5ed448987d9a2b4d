import TutorCore

/// What the output terminal can show: colour, Unicode symbols, and how wide a line may be.
public struct TerminalCapabilities: Sendable, Equatable {
    /// Whether ANSI SGR colour sequences may be written.
    public var color: Bool
    /// Whether Unicode symbols (box drawing, bullets) may be used instead of ASCII stand-ins.
    var unicode: Bool
    /// The number of columns available.
    public var width: Int
    /// Whether both stdin and the output are terminals, so prompts make sense.
    public var isInteractive: Bool

    /// Creates capabilities with explicit values, e.g. for tests.
    public init(color: Bool, unicode: Bool, width: Int, isInteractive: Bool) {
        self.color = color
        self.unicode = unicode
        self.width = width
        self.isInteractive = isInteractive
    }

    /// No colour, Unicode symbols, 80 columns, not interactive: what a pipe or a test gets.
    static let plain = TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false)
}
