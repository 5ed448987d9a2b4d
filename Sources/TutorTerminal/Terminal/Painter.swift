import TutorCore

/// Applies text styles and picks Unicode or ASCII symbols according to the terminal's capabilities.
public struct Painter: Sendable {
    /// The capabilities this painter honours.
    public let capabilities: TerminalCapabilities

    /// Creates a painter for a terminal with `capabilities`.
    public init(capabilities: TerminalCapabilities) {
        self.capabilities = capabilities
    }

    /// Returns `text` wrapped in the SGR sequences for `styles`, or unchanged when colour is off.
    public func paint(_ text: String, _ styles: TextStyle...) -> String {
        paint(text, styles: styles)
    }

    /// Array form of `paint(_:_:)`, for callers that build the style list at run time.
    public func paint(_ text: String, styles: [TextStyle]) -> String {
        guard capabilities.color, !styles.isEmpty, !text.isEmpty else { return text }
        let open = "\u{1B}[" + styles.map { String($0.sgrCode) }.joined(separator: ";") + "m"
        // Already painted pieces inside `text` end with a reset; reopen our styles after each one
        // so the rest of `text` keeps them.
        let body = text.replacing(Painter.reset, with: Painter.reset + open)
        return open + body + Painter.reset
    }

    /// Returns `unicode` when the terminal shows Unicode, otherwise `ascii`.
    public func symbol(_ unicode: String, ascii: String) -> String {
        capabilities.unicode ? unicode : ascii
    }

    /// The SGR sequence that turns every style off.
    static let reset = "\u{1B}[0m"
}
