import TutorCore
import TutorAnalysis
import TutorTerminal

/// The one way text from a program, a transcript or a lesson enters an export file.
///
/// Every string first goes through `TextSanitizer` (the terminal's choke point: controls and bidi
/// overrides become visible stand-ins), then through the escaping of the place it lands in: HTML text,
/// or a JSON string literal that is also safe inside an HTML `<script>` element. Exports write no
/// outside string any other way.
public enum ExportText {
    /// The text with every control made visible (`ESC` → `␛`, NUL → `␀`), colours dropped.
    public static func clean(_ text: String) -> String {
        needsSanitizing(text) ? TextSanitizer.neutralize(text, keepColors: false) : text
    }

    /// `text` cleaned and escaped for HTML text or a quoted attribute value.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` cleaned, as a quoted JSON string literal.
    ///
    /// `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, so the literal can stand inside an
    /// HTML `<script>` element (no `</script>` or `<!--` can appear) and is valid JavaScript too.
    public static func json(_ text: String) -> String {
        var out: [UInt8] = []
        appendJSON(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` cleaned, as a quoted JSON string literal, to a byte buffer (the fast path for
    /// large exports).
    public static func appendJSON(_ text: String, to out: inout [UInt8]) {
        // Most strings of a trace (kinds, labels, keys) are printable ASCII with nothing to escape: copy them whole.
        if text.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) == true {
            out.append(0x22)
            out.append(contentsOf: text.utf8)
            out.append(0x22)
            return
        }
        out.append(0x22)
        // Works on the UTF-8 bytes: a byte below 0x80 is a whole character; U+2028 and U+2029 are the
        // only multi-byte characters escaped (E2 80 A8 / E2 80 A9).
        let cleaned = clean(text)
        var pending = 0 // bytes of E2 80 seen
        for byte in cleaned.utf8 {
            if pending == 2 {
                pending = 0
                if byte == 0xA8 || byte == 0xA9 {
                    out.removeLast(2)
                    appendUnicodeEscape(byte == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    continue
                }
            }
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x7F: appendUnicodeEscape(UInt32(byte), to: &out)
            case 0xE2:
                pending = 1
                out.append(byte)
            case 0x80 where pending == 1:
                pending = 2
                out.append(byte)
            default:
                pending = 0
                out.append(byte)
            }
        }
        out.append(0x22)
    }
}

extension ExportText {
    /// Printable ASCII other than the characters `appendJSON` escapes: needs neither the sanitizer nor escaping.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b >= 0x7F || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 { return false }
        return true
    }
}

private extension ExportText {
    /// Cheap test on the UTF-8 bytes: only text with a C0 control, DEL, or a lead byte that could start a
    /// C1 control (0xC2) or a bidi override (0xE2) can need the sanitizer. Everything else is left as is.
    static func needsSanitizing(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }

    static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        out += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
