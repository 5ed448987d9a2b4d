import TutorCore

extension UnrecordedOutput {
    /// The lines of `output` (what the run wrote to `stream`) that no `print` event of `stream` accounts for, in the
    /// stream's order: a multiset subtraction of the recorded lines from the real ones, so a line printed twice and
    /// recorded once is kept once. Linear in the output and the events; at most `UnrecordedLines.lineLimit` lines and
    /// `byteLimit` bytes are kept, the rest counted.
    ///
    /// A recorded line is its events' text after the sanitizer, the pieces of a line recorded in parts (`partial`)
    /// joined per process; the real lines are sanitized the same way before they are compared. A line the tracer cut
    /// (`chars`) accounts for a real line that starts with its kept text.
    static func lines(output: [UInt8], stream: String, events: [TraceEvent]) -> UnrecordedLines {
        guard !output.isEmpty else { return UnrecordedLines() }
        var recorded: [String: Int] = [:]
        var cut: [String: Int] = [:]          // the kept start of a cut line → how many
        var cutLength = Int.max
        var pending: [Int32: String] = [:]    // a line recorded in pieces, per process
        for event in events where event.is(.print) && event.string(EventField.stream) == stream {
            let text = (pending.removeValue(forKey: event.pid) ?? "") + (event.text ?? "")
            if event.bool(EventField.partial) == true {
                pending[event.pid] = text
            } else if let chars = event.int(EventField.chars), chars > 0 {
                cut[text, default: 0] += 1
                cutLength = min(cutLength, text.count)
            } else {
                recorded[text, default: 0] += 1
            }
        }
        for text in pending.values { recorded[text, default: 0] += 1 }
        var pieces = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true { pieces.removeLast() }     // the newline that ends the stream starts no line
        var kept: [String] = []
        var bytes = 0
        var leftOut = 0
        var owedNewlines = 0
        var tries = interleavedTries
        for piece in pieces {
            let line = TextSanitizer.line(String(piece))
            if let n = recorded[line], n > 0 {
                recorded[line] = n - 1
                continue
            }
            if !cut.isEmpty, line.count >= cutLength, let n = cut[String(line.prefix(cutLength))], n > 0 {
                cut[String(line.prefix(cutLength))] = n - 1
                continue
            }
            if line.isEmpty, owedNewlines > 0 {
                owedNewlines -= 1      // the newline of a line that shared a real line with another (below)
                continue
            }
            if tries > 0, line.count <= interleavedLimit, let parts = interleaved(line, recorded: &recorded) {
                // Two processes' prints met on one real line ("A" "B" "\n" "\n"): each part is a recorded line, and the
                // newlines they owe come as empty lines after it.
                owedNewlines += parts - 1
                continue
            }
            tries -= 1
            if leftOut == 0, kept.count < UnrecordedLines.lineLimit, bytes + line.utf8.count <= UnrecordedLines.byteLimit {
                kept.append(line)
                bytes += line.utf8.count
            } else {
                leftOut += 1      // once one is left out, the rest are too: the kept lines stay one unbroken stretch
            }
        }
        return UnrecordedLines(lines: kept, leftOut: leftOut)
    }

    /// Longest real line split into recorded lines, and how many lines may be tried (each try is quadratic in its
    /// length): the whole stays linear in the output.
    static let interleavedLimit = 1_024
    static let interleavedTries = 1_000

    /// How many recorded lines `line` is made of, end to end (at least two), taking them from `recorded`; nil (and
    /// `recorded` unchanged) when it is not made of them. Greedy, longest part first, no backtracking: a line it
    /// cannot split is kept, never dropped.
    static func interleaved(_ line: String, recorded: inout [String: Int]) -> Int? {
        let characters = Array(line)
        var taken: [String: Int] = [:]
        var start = 0
        var parts = 0
        while start < characters.count {
            var end = characters.count
            var found = false
            while end > start {
                let part = String(characters[start..<end])
                if (recorded[part] ?? 0) - (taken[part] ?? 0) > 0 {
                    taken[part, default: 0] += 1
                    found = true
                    break
                }
                end -= 1
            }
            guard found else { return nil }
            parts += 1
            start = end
        }
        guard parts >= 2 else { return nil }
        for (part, n) in taken { recorded[part, default: 0] -= n }
        return parts
    }
}
