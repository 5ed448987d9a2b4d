import TutorCore

/// The recorded reason a process's event file had an unreadable line (the trailer's `malformed`, written by the
/// capture in English: "6742-…jsonl line 5: the JSON line this compact line stands for is not readable"), in the
/// learner's language (gaps 29C: a `--lang zh` screen showed it in English). The record's text is matched against
/// the capture's few forms; any other text (an older or a hand-made transcript) is shown as it is.
enum MalformedLineWords {
    static func words(_ recorded: String) -> String {
        guard Language.current != .en, let mark = recorded.range(of: " line "),
              let colon = recorded[mark.upperBound...].range(of: ": ") else { return recorded }
        let number = recorded[mark.upperBound..<colon.lowerBound]
        guard !number.isEmpty, number.count <= 20, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
              let reason = reason(String(recorded[colon.upperBound...])) else { return recorded }
        return Phrase.malformedAt.text(["file": String(recorded[..<mark.lowerBound]), "line": String(number), "reason": reason])
    }
}

private extension MalformedLineWords {
    /// The reason in the learner's language, or nil when it is none of the capture's forms (CompactLine.Problem).
    static func reason(_ text: String) -> String? {
        if text == Phrase.english[.malformedJSONUnreadable] { return Phrase.malformedJSONUnreadable.text() }
        if text == Phrase.english[.malformedNotCompact] { return Phrase.malformedNotCompact.text() }
        let unknown = "unknown compact shape "
        if text.hasPrefix(unknown) { return shape(String(text.dropFirst(unknown.count))).map { Phrase.malformedUnknownShape.text(["shape": $0]) } }
        let prefix = "compact shape "
        guard text.hasPrefix(prefix), let colon = text.range(of: ": number ") else { return nil }
        guard let shape = shape(String(text[text.index(text.startIndex, offsetBy: prefix.count)..<colon.lowerBound])) else { return nil }
        let rest = text[colon.upperBound...]
        let index = rest.prefix { $0.isASCII && $0.isNumber }
        guard !index.isEmpty, index.count <= 3 else { return nil }
        switch rest.dropFirst(index.count) {
        case " is not 1 to 16 lowercase hex digits and a comma": return Phrase.malformedBadNumber.text(["shape": shape, "index": String(index)])
        case " is out of the signed 64-bit range": return Phrase.malformedOutOfRange.text(["shape": shape, "index": String(index)])
        default: return nil
        }
    }

    /// `'q'` stays; `byte 0x1b` is worded.
    static func shape(_ text: String) -> String? {
        if text.count == 3, text.first == "'", text.last == "'" { return text }
        guard text.hasPrefix("byte 0x"), text.count <= 9 else { return nil }
        return Phrase.malformedByte.text(["hex": String(text.dropFirst(5))])
    }
}
