/// The one sanitizer: makes text from outside (a program, a transcript, a lesson file) safe to show.
///
/// It is applied where outside text enters mp-tutor's model, so renderers and exports only ever see
/// safe strings: `TraceEvent`, `TranscriptHeader` and `TranscriptTrailer` sanitize every string they
/// are built with (names, labels, kinds, every string field, at any depth), lesson files are sanitized
/// as they are parsed, and error messages as they are printed. An export (HTML, Perfetto) therefore gets
/// text without controls and only has to add its own escaping (`&`, `<`, `>`, quotes) on top.
///
/// - `line(_:)`: one line (names, labels, messages): every control visible, newlines too, so text
///   cannot break a row or move the cursor.
/// - `neutralize(_:keepColors:)`: several lines (program output, lesson text): newlines kept, tabs
///   expanded, every other control visible, complete colour sequences kept only when asked.
public enum TextSanitizer {
    /// `text` as one safe line: every C0/C1 control (ESC, BEL, CR, NUL, newline …) shows as its Control
    /// Pictures symbol (`␛`, `␇`, `␍`, `␀`, `␊`), a C1 control as `␛` plus its 7-bit form, bidirectional
    /// overrides and isolates as `⟨U+202E⟩`; a tab becomes a space. Printable text (CJK, emoji, combining
    /// marks) is kept as it is, so widths and graphemes are unchanged. Returns `text` itself when clean.
    public static func line(_ text: String) -> String {
        guard needsCare(text) else { return text }
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                output += " "
            } else if isControl(scalar) {
                output += standIn(for: scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A JSON value with every string, and every object key, in `line` form.
    public static func line(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .string(text): .string(line(text))
        case let .array(items): .array(items.map(line))
        case let .object(object): .object(line(object))
        case .null, .bool, .int, .double: value
        }
    }

    /// An object with every key and string value in `line` form.
    public static func line(_ object: JSONObject) -> JSONObject {
        guard object.members.contains(where: { needsCare($0.key) || $0.value.mayNeedCare }) else { return object }
        return JSONObject(object.members.map { (line($0.key), line($0.value)) })
    }

    /// Whether `text` holds anything `line` or `neutralize` would change.
    public static func needsCare(_ text: String) -> Bool {
        // Printable ASCII is by far the common case: check its bytes before looking at scalars.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
        return text.unicodeScalars.contains { $0 == "\t" || isControl($0) }
    }

    /// Returns `text` with every terminal control made visible, so a demo cannot move the cursor,
    /// clear the screen, retitle the window, ring the bell or switch character sets.
    ///
    /// Kept as is: printable text (CJK, emoji, combining marks), newlines, and, when `keepColors`
    /// is true, complete SGR colour sequences (`ESC [ … m`); with `keepColors` false those are
    /// dropped. Tabs become spaces up to the next multiple of 8 columns; CR LF becomes LF.
    /// Every other C0 or C1 control shows as its Control Pictures symbol (`ESC` → `␛`, BEL → `␇`,
    /// CR → `␍`); a C1 control shows as `␛` plus its 7-bit equivalent; explicit bidirectional
    /// overrides show as `⟨U+202E⟩`. An ESC that is made visible leaves the rest of its sequence as
    /// plain text (`ESC[2J` → `␛[2J`). If colours are kept and one is still active at the end, a
    /// reset is appended so it cannot bleed into what is printed next.
    public static func neutralize(_ text: String, keepColors: Bool) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && ($0 == "\t" || isControl($0)) }) else { return text }
        var output = ""
        var column = 0
        var styled = false
        for segment in ANSIScanner.segments(of: text) {
            switch segment {
            case let .controlSequence(sequence) where ANSISegment.isSGR(sequence):
                guard keepColors else { continue }
                output += sequence
                styled = !ANSISegment.isReset(sequence)
            case let .controlSequence(sequence):
                let visible = "␛" + sequence.dropFirst()
                output += visible
                column += visible.count
            case .character("\n"), .character("\r\n"):
                output += "\n"
                column = 0
            case .character("\t"):
                let spaces = tabWidth - column % tabWidth
                output += String(repeating: " ", count: spaces)
                column += spaces
            case let .character(character):
                let visible = visibleForm(of: character)
                output += visible
                column += visible == String(character) ? character.displayWidth : visible.count
            }
        }
        return styled ? output + ANSISegment.reset : output
    }
}

private extension JSONValue {
    /// False when the value holds no string at all (numbers, booleans, null).
    var mayNeedCare: Bool {
        switch self {
        case let .string(text): TextSanitizer.needsCare(text)
        case .array, .object: true
        case .null, .bool, .int, .double: false
        }
    }
}

private extension TextSanitizer {
    static let tabWidth = 8

    /// The character itself when harmless, otherwise a printable stand-in for each control in it.
    static func visibleForm(of character: Character) -> String {
        let scalars = character.unicodeScalars
        guard scalars.contains(where: isControl) else { return String(character) }
        return scalars.map { isControl($0) ? standIn(for: $0) : String($0) }.joined()
    }

    /// C0, DEL, C1, and the invisible marks that reorder or break lines (bidi overrides, embeddings,
    /// isolates and marks; the line and paragraph separators).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func standIn(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F:
            return String(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        case 0x7F:
            return "␡"
        case 0x80...0x9F:
            return "␛" + String(Unicode.Scalar(UInt8(scalar.value - 0x40)))
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
        }
    }
}
