/// Lines a run wrote to one stream (stdout or stderr) that no recorded `print` event accounts for: a faulthandler
/// dump, `os.write(2, …)`, a C extension's or a subprocess's output (gaps 28D). The record has no time and no
/// process for them, so none is ever given: they are shown as they are, in the order the stream had them.
///
/// Every line is sanitized as it is stored (`TextSanitizer.line`): a shared transcript is outside input.
public struct UnrecordedLines: Sendable, Equatable {
    /// At most this many lines are kept per stream; the rest are counted in `leftOut`.
    public static let lineLimit = 200
    /// At most this many bytes (UTF-8) of kept text per stream.
    public static let byteLimit = 16_384

    /// The kept lines, sanitized, in the stream's order.
    public private(set) var lines: [String]
    /// How many more lines no print accounts for were left out (past `lineLimit` or `byteLimit`).
    public var leftOut: Int

    public init(lines: [String] = [], leftOut: Int = 0) {
        self.lines = lines.map(TextSanitizer.line)
        self.leftOut = leftOut
    }

    /// Nothing to show.
    public var isEmpty: Bool { lines.isEmpty && leftOut == 0 }

    /// The same lines rewritten by `transform` (paths made portable, a home folder redacted), sanitized again.
    public mutating func rewrite(_ transform: (String) -> String) {
        lines = lines.map { TextSanitizer.line(transform($0)) }
    }
}
