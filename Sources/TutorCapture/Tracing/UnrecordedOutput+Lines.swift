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
            if leftOut == 0, kept.count < UnrecordedLines.lineLimit, bytes + line.utf8.count <= UnrecordedLines.byteLimit {
                kept.append(line)
                bytes += line.utf8.count
            } else {
                leftOut += 1      // once one is left out, the rest are too: the kept lines stay one unbroken stretch
            }
        }
        return UnrecordedLines(lines: kept, leftOut: leftOut)
    }
}
