import TutorCore

/// When to use ANSI colour, as chosen with `--color`.
public enum ColorChoice: String, Sendable, CaseIterable {
    /// Colour when writing to a terminal that supports it and `NO_COLOR` is not set.
    case auto
    /// Colour even when writing to a file or pipe.
    case always
    /// Never colour.
    case never
}
