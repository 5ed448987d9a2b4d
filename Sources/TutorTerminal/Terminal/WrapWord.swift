import TutorCore
import TutorAnalysis

/// A run of text that stays on one line, and the whitespace before it that a break may drop.
struct WrapWord {
    var leading = ""
    var text = ""
    var width = 0

    /// Splits one line of text into words: runs without spaces, further cut around CJK characters.
    static func words(in line: String) -> [WrapWord] {
        var words: [WrapWord] = []
        var current = WrapWord()
        var breakAfterLast = false
        // Sequences that switch a style on travel with the next character, so a break never
        // leaves them dangling at the end of a line; resets stay with the text they close.
        var opening = ""
        func flush() {
            if !current.text.isEmpty { words.append(current) }
            current = WrapWord()
        }
        for segment in ANSIScanner.segments(of: line) {
            switch segment {
            case let .controlSequence(sequence) where ANSISegment.isSGR(sequence) && ANSISegment.isReset(sequence):
                current.text += opening + sequence
                opening = ""
            case let .controlSequence(sequence):
                opening += sequence
            case let .character(character) where character == " " || character == "\t":
                if current.width > 0 { flush() }
                current.leading.append(character)
                breakAfterLast = false
            case let .character(character) where character.isClosingPunctuation && current.text.isEmpty
                && !current.leading.isEmpty && !words.isEmpty:
                // Closing punctuation after a space ("A …… B") may not open a line either: the
                // space stays inside the previous word, and the punctuation joins it.
                var previous = words.removeLast()
                previous.text += current.leading + opening
                previous.text.append(character)
                previous.width += current.leading.displayWidth + character.displayWidth
                current = previous
                opening = ""
                breakAfterLast = character.allowsBreakAround
            case let .character(character):
                let canBreakBefore = (breakAfterLast || character.allowsBreakAround)
                    && !character.isClosingPunctuation && !current.endsWithOpeningPunctuation
                if current.width > 0, canBreakBefore { flush() }
                current.text += opening
                current.text.append(character)
                opening = ""
                current.width += character.displayWidth
                breakAfterLast = character.allowsBreakAround
            }
        }
        current.text += opening
        if !current.text.isEmpty || !current.leading.isEmpty {
            if current.width == 0, var last = words.popLast() {
                // Trailing zero-width sequences belong to the last word.
                last.text += current.text
                current = last
            }
            words.append(current)
        }
        return keepingUnitsWithNumbers(words)
    }

    /// A unit after a number travels with it ("1.446 s", "300 ms，"): a line that starts with the unit reads as a word
    /// of its own, cut from the figure it measures (zh30: "从 1.446 / s 起" on a watchdog note at 160 columns).
    static func keepingUnitsWithNumbers(_ words: [WrapWord]) -> [WrapWord] {
        var out: [WrapWord] = []
        out.reserveCapacity(words.count)
        for word in words {
            if var previous = out.last, !word.leading.isEmpty, word.isUnit, previous.endsWithDigit {
                previous.text += word.leading + word.text
                previous.width += word.leading.displayWidth + word.width
                out[out.count - 1] = previous
            } else {
                out.append(word)
            }
        }
        return out
    }

    /// A unit of time or size, with any closing punctuation after it, and no colour sequences.
    var isUnit: Bool {
        var body = Substring(text)
        while let last = body.last, last.isClosingPunctuation { body = body.dropLast() }
        return Self.units.contains(String(body))
    }

    var endsWithDigit: Bool {
        guard let last = text.last else { return false }
        return last.isASCII && last.isNumber
    }

    static let units: Set<String> = ["s", "ms", "µs", "us", "ns", "KB", "MB", "GB", "KiB", "MiB", "GiB"]

    var endsWithOpeningPunctuation: Bool {
        guard let last = text.last else { return false }
        return Self.openers.contains(last)
    }

    static let openers = Set("（「『【〔《〈‘“([{")
}

extension Character {
    /// Punctuation that may not open a line: `，。：）」…` and their ASCII forms.
    var isClosingPunctuation: Bool { Self.closers.contains(self) }

    /// Hashed once: a wrapped line asks this of every character.
    private static let closers = Set("，。、；：！？）」』】〕》〉’”…・ー々〜％.,;:!?)]}%")
}
