/// A transcript's `recording_problem` in the learner's language.
///
/// Transcripts stay language-neutral: mp-tutor writes the problem in English, always from one of the catalog's
/// phrases. When it is shown, a text that is one of those phrases (its placeholders filled) is said again in the
/// current language with the same values; any other text (an older mp-tutor's, a hand-edited file's) is shown as
/// recorded, and `isKnown` is false so the caller can frame it as the record's own words.
public struct RecordedProblem: Sendable {
    /// The text to show.
    public let text: String
    /// Whether the recorded text was recognised as one of the catalog's phrases.
    public let isKnown: Bool

    /// The phrases mp-tutor writes into a transcript's `recording_problem`.
    static let phrases: [Phrase] = [.problemOutOfSpace, .checkTracerSilent, .recordingNotStartedBeforeWatchdog]

    public init(_ recorded: String) {
        for phrase in Self.phrases {
            if let values = Self.match(recorded, template: phrase.template(in: .en)) {
                text = phrase.text(in: Language.current, filling: Dictionary(values) { a, _ in a })
                isKnown = true
                return
            }
        }
        text = recorded
        isKnown = false
    }
}

private extension RecordedProblem {
    /// The placeholder values when `text` is `template` filled in, else nil. Linear: literal parts are found in order.
    static func match(_ text: String, template: String) -> [(String, String)]? {
        var literals: [Substring] = []
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literals.append(rest[..<open])
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        literals.append(rest)
        if names.isEmpty { return text == template ? [] : nil }
        guard text.hasPrefix(literals[0]), text.hasSuffix(literals[literals.count - 1]),
              text.count >= literals[0].count + literals[literals.count - 1].count else { return nil }
        var cursor = text.index(text.startIndex, offsetBy: literals[0].count)
        let end = text.index(text.endIndex, offsetBy: -literals[literals.count - 1].count)
        var values: [(String, String)] = []
        for (i, name) in names.enumerated() {
            if i == names.count - 1 {
                values.append((name, String(text[cursor..<end])))
                break
            }
            guard let found = text[cursor..<end].range(of: literals[i + 1]) else { return nil }
            values.append((name, String(text[cursor..<found.lowerBound])))
            cursor = found.upperBound
        }
        return values
    }
}
