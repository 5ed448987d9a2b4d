/// Splits terminal text into characters and complete CSI escape sequences.
///
/// An ESC that does not start a complete, well-formed CSI sequence comes out as an ordinary
/// `.character("\u{1B}")`, and scanning resumes right after it, so malformed or truncated input
/// never swallows the text that follows.
public enum ANSIScanner {
    public static func segments(of text: String) -> [ANSISegment] {
        let characters = Array(text)
        var segments: [ANSISegment] = []
        segments.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if characters[index] == "\u{1B}", let end = controlSequenceEnd(in: characters, escapeAt: index) {
                segments.append(.controlSequence(String(characters[index..<end])))
                index = end
            } else {
                segments.append(.character(characters[index]))
                index += 1
            }
        }
        return segments
    }
}

private extension ANSIScanner {
    /// ECMA-48 CSI: `ESC [`, parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
    /// Returns the index just past the final byte, or nil when the sequence is malformed or cut off.
    static func controlSequenceEnd(in characters: [Character], escapeAt start: Int) -> Int? {
        var index = start + 1
        guard index < characters.count, characters[index] == "[" else { return nil }
        index += 1
        var sawIntermediate = false
        while index < characters.count, let value = byteValue(characters[index]) {
            switch value {
            case 0x30...0x3F where !sawIntermediate:
                index += 1
            case 0x20...0x2F:
                sawIntermediate = true
                index += 1
            case 0x40...0x7E:
                return index + 1
            default:
                return nil
            }
        }
        return nil
    }

    /// The code point of a single-scalar ASCII character; nil for anything else.
    static func byteValue(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.isASCII else { return nil }
        return scalar.value
    }
}
