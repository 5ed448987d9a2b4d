import TutorCore

/// One key press as the step-through view understands it, decoded from the bytes a terminal sends.
public enum Key: Sendable, Equatable {
    /// A printable character (letters, digits, punctuation, space, any Unicode text).
    case character(Character)
    case enter
    case backspace
    /// A lone Escape (no sequence followed it in time).
    case escape
    case left, right, up, down
    case home, end, pageUp, pageDown
    /// Ctrl-C: with ISIG cleared in raw mode it arrives as byte 0x03 instead of a signal.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-Z: with ISIG cleared in raw mode it arrives as byte 0x1A; the view suspends itself (`RawTerminal.suspend`).
    case suspend
    /// A control byte or escape sequence the view has no use for.
    case unknown
}
