import TutorCore

/// Greedy line filling for `TextWrapper`: places words on lines and handles colour across breaks.
struct WrapLayout {
    let width: Int
    let indent: String
    let firstIndent: String
    private var lines: [String] = []
    private var current = ""
    private var currentWidth = 0
    private var currentHasContent = false

    init(width: Int, indent: String, firstIndent: String) {
        self.width = width
        self.indent = indent
        self.firstIndent = firstIndent
    }

    /// Places the words of one hard line, starting on a fresh line.
    mutating func place(_ words: [WrapWord]) {
        for (index, word) in words.enumerated() {
            // Leading whitespace is kept only at the start of a hard line (deliberate indentation).
            let separator = index == 0 || currentHasContent ? word.leading : ""
            let separatorWidth = separator.displayWidth
            if !currentHasContent || currentWidth + separatorWidth + word.width <= available {
                if word.width + separatorWidth + currentWidth > available {
                    hardBreak(word, separator: currentHasContent ? separator : "")
                } else {
                    append(separator + word.text, width: separatorWidth + word.width)
                }
            } else if word.width > available {
                hardBreak(word, separator: separator)
            } else {
                endLine()
                append(word.text, width: word.width)
            }
        }
        endLine()
    }

    /// The wrapped lines with indents, and with styles closed and reopened around each break.
    func finishedLines() -> [String] {
        var open: [String] = []
        return lines.enumerated().map { index, body in
            let lineIndent = index == 0 ? firstIndent : indent
            guard !body.isEmpty else { return lineIndent.trimmingTrailingSpaces }
            let reopened = open.joined()
            for case let .controlSequence(sequence) in ANSIScanner.segments(of: body) where ANSISegment.isSGR(sequence) {
                if ANSISegment.isReset(sequence) { open.removeAll() } else { open.append(sequence) }
            }
            return lineIndent + reopened + body + (open.isEmpty ? "" : ANSISegment.reset)
        }
    }
}

private extension WrapLayout {
    var available: Int {
        max(1, width - (lines.isEmpty ? firstIndent : indent).displayWidth)
    }

    mutating func append(_ text: String, width: Int) {
        current += text
        currentWidth += width
        currentHasContent = currentHasContent || !text.isEmpty
    }

    mutating func endLine() {
        lines.append(current)
        current = ""
        currentWidth = 0
        currentHasContent = false
    }

    /// Breaks an overlong word by character, filling what is left of the current line first.
    mutating func hardBreak(_ word: WrapWord, separator: String) {
        var pending = separator
        var pendingWidth = separator.displayWidth
        var pendingHasCharacters = false
        for segment in ANSIScanner.segments(of: word.text) {
            switch segment {
            case let .controlSequence(sequence):
                pending += sequence
            case let .character(character):
                let characterWidth = character.displayWidth
                let startsLine = !currentHasContent && !pendingHasCharacters
                if currentWidth + pendingWidth + characterWidth > available, !startsLine {
                    if pendingHasCharacters {
                        append(pending, width: pendingWidth)
                        pending = ""
                    } else {
                        // Only the separator was pending: drop it rather than end the line with a space.
                        pending = String(pending.filter { $0 != " " && $0 != "\t" })
                    }
                    pendingWidth = 0
                    pendingHasCharacters = false
                    endLine()
                }
                pending.append(character)
                pendingWidth += characterWidth
                pendingHasCharacters = true
            }
        }
        append(pending, width: pendingWidth)
    }
}
