/// Makes text printed by a learner's program safe to echo in the tutor's own output.
public enum TextSanitizer {
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

private extension TextSanitizer {
    static let tabWidth = 8

    /// The character itself when harmless, otherwise a printable stand-in for each control in it.
    static func visibleForm(of character: Character) -> String {
        let scalars = character.unicodeScalars
        guard scalars.contains(where: isControl) else { return String(character) }
        return scalars.map { isControl($0) ? standIn(for: $0) : String($0) }.joined()
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
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
