/// The trailer's `run.unrecorded_stdout_lines` / `run.unrecorded_stderr_lines` (gaps 28D) and their `…_left_out`
/// counts. Read as hostile input: a bounded list of strings, each bounded, sanitized as stored; a count range-checked.
extension RunFacts {
    var unrecordedLinesJSON: [(String, JSONValue)] {
        [("stdout", unrecordedStdoutLines), ("stderr", unrecordedStderrLines)].flatMap { stream, kept -> [(String, JSONValue)] in
            (kept.lines.isEmpty ? [] : [("unrecorded_\(stream)_lines", JSONValue.array(kept.lines.map { .string($0) }))])
                + (kept.leftOut > 0 ? [("unrecorded_\(stream)_lines_left_out", JSONValue.int(Int64(kept.leftOut)))] : [])
        }
    }

    mutating func readUnrecordedLines(_ o: JSONObject) throws(TranscriptDecodingError) {
        unrecordedStdoutLines = try Self.unrecordedLines(o, stream: "stdout")
        unrecordedStderrLines = try Self.unrecordedLines(o, stream: "stderr")
    }

    private static func unrecordedLines(_ o: JSONObject, stream: String) throws(TranscriptDecodingError) -> UnrecordedLines {
        let key = "unrecorded_\(stream)_lines"
        let leftOut = Int(try TranscriptLimits.int(o, key + "_left_out", TranscriptLimits.eventCount) ?? 0)
        guard let value = o[key], value != .null else { return UnrecordedLines(leftOut: leftOut) }
        let problem = TranscriptDecodingError(Phrase.trUnrecordedLines.text(
            ["key": key, "max": UnrecordedLines.lineLimit, "bytes": UnrecordedLines.byteLimit]))
        guard let items = value.arrayValue, items.count <= UnrecordedLines.lineLimit else { throw problem }
        var lines: [String] = []
        lines.reserveCapacity(items.count)
        var bytes = 0
        for item in items {
            guard let line = item.stringValue else { throw problem }
            bytes += line.utf8.count
            guard bytes <= UnrecordedLines.byteLimit else { throw problem }
            lines.append(String(line))
        }
        return UnrecordedLines(lines: lines, leftOut: leftOut)
    }
}
