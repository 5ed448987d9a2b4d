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
    /// The indents' display widths, measured once: every word asks what room is left.
    private let indentWidth: Int
    private let firstIndentWidth: Int

    init(width: Int, indent: String, firstIndent: String) {
        self.width = width
        self.indent = indent
        self.firstIndent = firstIndent
        indentWidth = indent.displayWidth
        firstIndentWidth = firstIndent.displayWidth
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
        max(1, width - (lines.isEmpty ? firstIndentWidth : indentWidth))
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

    /// Breaks an overlong word by character, filling what is left of the current line first. Spaces
    /// at a break are dropped, and a closing punctuation mark that would open the next line takes
    /// the character before it along (with the spaces between), so that no line starts with it.
    mutating func hardBreak(_ word: WrapWord, separator: String) {
        let segments = ANSIScanner.segments(of: word.text)
        var pending = separator
        var pendingWidth = separator.displayWidth
        var pendingHasCharacters = false
        // The characters placed in `pending` since its last escape sequence, which a break may move.
        var movable: [(character: Character, width: Int)] = []
        func dropLast() -> (character: Character, width: Int) {
            let last = movable.removeLast()
            pending.removeLast()
            pendingWidth -= last.width
            return last
        }
        for (index, segment) in segments.enumerated() {
            switch segment {
            case let .controlSequence(sequence):
                pending += sequence
                movable = []
            case let .character(character):
                let characterWidth = character.displayWidth
                let startsLine = !currentHasContent && !pendingHasCharacters
                if currentWidth + pendingWidth + characterWidth > available, !startsLine {
                    // What opens the next line: this character, or the first one after the spaces.
                    let opener = character == " " ? segments[(index + 1)...].lazy.compactMap { segment -> Character? in
                        if case let .character(next) = segment { return next }
                        return nil
                    }.first { $0 != " " } : character
                    var carried: [(character: Character, width: Int)] = []
                    if let opener, opener.isClosingPunctuation {
                        // Back to the last character that may end a line: over spaces and closing marks.
                        let keep = movable.lastIndex { $0.character != " " && !$0.character.isClosingPunctuation }
                        if let keep, keep > 0 || currentHasContent {
                            while movable.count > keep { carried.insert(dropLast(), at: 0) }
                        }
                    }
                    while movable.last?.character == " " { _ = dropLast() }
                    append(pending.contains { $0 != " " && $0 != "\t" } ? pending : "", width: pending.contains { $0 != " " && $0 != "\t" } ? pendingWidth : 0)
                    endLine()
                    pending = String(carried.map(\.character))
                    pendingWidth = carried.reduce(0) { $0 + $1.width }
                    pendingHasCharacters = !carried.isEmpty
                    movable = carried
                    // A space at the break is dropped, unless it sits between a carried character and the punctuation.
                    if character == " ", carried.isEmpty { continue }
                }
                if character == " ", !currentHasContent, !pendingHasCharacters { continue }
                pending.append(character)
                pendingWidth += characterWidth
                pendingHasCharacters = true
                movable.append((character, characterWidth))
            }
        }
        append(pending, width: pendingWidth)
    }
}
