import Foundation

/// Reads transcripts, telling the learner exactly which file and line is wrong when one is broken.
public enum TranscriptReader {
    /// Lines longer than this are refused rather than parsed: no event is that large.
    static let maxLineBytes = 1 << 20

    /// Reads and checks the transcript at `path`.
    public static func read(path: String) throws -> Transcript {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw MPTutorError.badInput(file: path, line: nil,
                                        message: exists ? "the file cannot be read" : "no such file")
        }
        return try parse(Array(data), file: path)
    }

    /// Parses transcript bytes; `file` names the source in error messages.
    public static func parse(_ bytes: [UInt8], file: String) throws -> Transcript {
        func fail(_ line: Int?, _ message: String) -> MPTutorError {
            .badInput(file: file, line: line, message: message)
        }
        guard !bytes.isEmpty else { throw fail(nil, "the file is empty: a transcript starts with a header line") }
        if bytes.prefix(8192).contains(0) { throw fail(nil, "this is a binary file, not a transcript (JSON Lines text)") }

        let lines = splitLines(bytes)
        var header: TranscriptHeader?
        var events: [TraceEvent] = []
        var trailer: TranscriptTrailer?
        var problems: [String] = []
        var repeats: Int64 = 0

        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let isLast = offset == lines.count - 1
            let cutOff = isLast && !line.endsWithNewline
            if line.bytes.first != UInt8(ascii: "{"), line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard line.bytes.count <= maxLineBytes else {
                throw fail(number, "the line is \(line.bytes.count) bytes long, more than the \(maxLineBytes) a transcript line may have")
            }
            let object: JSONObject
            do {
                guard let parsed = try JSONParser.parse(line.bytes).objectValue else {
                    throw fail(number, "expected a JSON object")
                }
                object = parsed
            } catch let failure as JSONParser.Failure {
                if cutOff, header != nil {
                    problems.append("the last line (\(number)) was cut off: the recording stopped while writing it")
                    break
                }
                throw fail(number, "not valid JSON: \(failure.reason) (column \(failure.column))")
            }
            if trailer != nil { throw fail(number, "a line follows the trailer, which must be last") }
            do {
                if header == nil {
                    header = try TranscriptHeader(json: object)
                } else if object["trailer"]?.boolValue == true {
                    trailer = try TranscriptTrailer(json: object)
                } else {
                    let event = try TraceEvent(json: object)
                    if let previous = events.last, event.seq <= previous.seq {
                        throw TranscriptDecodingError("event seq \(event.seq) does not follow seq \(previous.seq)")
                    }
                    if let previous = events.last, event.t < previous.t {
                        throw TranscriptDecodingError("event seq \(event.seq) is at t=\(event.t) ns, before seq \(previous.seq) "
                            + "at t=\(previous.t) ns: events are in time order")
                    }
                    repeats += abs(event.chunks ?? 0) + abs(event.count ?? 0)
                    if repeats > TranscriptLimits.repeatBudget {
                        throw TranscriptDecodingError("the \"chunks\" and \"count\" fields add up to more than "
                            + "\(TranscriptLimits.repeatBudget), far beyond any real run")
                    }
                    events.append(event)
                }
            } catch let error as TranscriptDecodingError {
                throw fail(number, error.message)
            }
        }
        guard let header else { throw fail(nil, "the file has no header line") }
        if trailer == nil, problems.isEmpty {
            problems.append("the transcript has no trailer: the recording did not finish, so events may be missing")
        }
        if let trailer, trailer.eventCount != events.count {
            problems.append("the trailer counts \(trailer.eventCount) events but the file holds \(events.count)")
        }
        return Transcript(header: header, events: events, trailer: trailer, problems: problems)
    }
}

private extension TranscriptReader {
    struct Line {
        var bytes: ArraySlice<UInt8>
        var endsWithNewline: Bool
    }

    static func splitLines(_ bytes: [UInt8]) -> [Line] {
        // Scan a raw buffer for newlines: element access through the Array is slow in debug builds.
        var ranges: [(Range<Int>, Bool)] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for i in 0..<buffer.count where buffer[i] == 0x0A {
                ranges.append((start..<i, true))
                start = i + 1
            }
            if start < buffer.count { ranges.append((start..<buffer.count, false)) }
        }
        return ranges.map { Line(bytes: bytes[$0.0], endsWithNewline: $0.1) }
    }
}
