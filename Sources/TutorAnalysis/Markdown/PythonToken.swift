import TutorCore

/// A piece of Python source as the highlighter sees it. Concatenating the tokens of a source
/// text gives back exactly that text.
public struct PythonToken: Sendable, Equatable {
    /// What a token is, which decides its colour.
    public enum Kind: Sendable, Equatable {
        case keyword, builtin, string, comment, number, decorator
        /// The name right after `def` or `class`.
        case definition
        case identifier, punctuation, whitespace, newline
    }

    /// What the token is.
    public var kind: Kind
    /// The exact source text of the token.
    public var text: String

    /// Creates a token; mostly useful for comparing in tests.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
