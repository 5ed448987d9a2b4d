import TutorCore

/// A text attribute the `Painter` can apply with an ANSI SGR sequence.
public enum TextStyle: Sendable {
    /// Attributes.
    case bold, dim, italic, underline
    /// Foreground colours from the basic 8/16 colour palette, which every colour terminal has.
    case red, green, yellow, blue, magenta, cyan, gray

    /// The SGR parameter for this style.
    var sgrCode: Int {
        switch self {
        case .bold: 1
        case .dim: 2
        case .italic: 3
        case .underline: 4
        case .red: 31
        case .green: 32
        case .yellow: 33
        case .blue: 34
        case .magenta: 35
        case .cyan: 36
        case .gray: 90
        }
    }
}
