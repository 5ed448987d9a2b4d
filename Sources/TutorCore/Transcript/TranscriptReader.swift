import Foundation

/// Reads transcripts, telling the learner exactly which file and line is wrong when one is broken.
///
/// A file is read in blocks and decoded line by line as the blocks come, so that a million-event
/// transcript is never held in memory as text beside the events made from it.
public enum TranscriptReader {
    /// Lines longer than this are refused rather than parsed: no event is that large.
    static let maxLineBytes = 1 << 20
    /// The bytes read at once; larger than a line may be, so a full buffer without a newline is a line too long.
    static let blockBytes = 4 << 20
    /// Blocks of unread bytes at least this large are decoded on two threads (`AheadStretches`).
    static let aheadFromBytes = 1 << 20
    /// A binary file shows a NUL byte in its first this many bytes.
    static let sniffBytes = 8192

    /// Reads and checks the transcript at `path`.
    public static func read(path: String) throws -> Transcript {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        var source = BlockSource(descriptor: descriptor, capacity: blockBytes)
        var assembler = TranscriptAssembler(file: path)
        var status = stat()
        if fstat(descriptor, &status) == 0 { assembler.expect(bytes: Int(status.st_size)) }
        guard try source.fill(atLeast: sniffBytes) else { throw unreadable(path) }
        try source.withUnread { try checkStart($0, assembler) }
        var number = 0
        // A line longer than a block: its length so far, and whether it was all white space.
        var longLine: (count: Int, blank: Bool)?
        // Made at the first block large enough to share between two threads.
        var ahead: AheadStretches?
        while true {
            var stop = false
            let consumed = try source.withUnread { (buffer) throws -> Int in
                var start = 0
                // The header first (the first block's first line), then lines may be decoded ahead.
                while !stop, longLine == nil, !assembler.takesEvents, let end = newline(in: buffer, from: start) {
                    number += 1
                    let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    start = end + 1
                    stop = !(try assembler.take(line, number: number, endsWithNewline: true))
                }
                // The block's whole lines are cut into stretches that a second thread decodes ahead while this one
                // takes them in order: their lines read here, or as decoded there (`AheadStretches`).
                if !stop, longLine == nil, assembler.takesEvents, buffer.count - start >= aheadFromBytes,
                   let last = buffer.lastIndex(of: 0x0A), last >= start {
                    let stretches = ahead ?? AheadStretches()
                    ahead = stretches
                    stretches.begin(UnsafeBufferPointer(rebasing: buffer[start...last]))
                    do {
                        for i in 0..<stretches.stretchCount where !stop {
                            let bytes = stretches.stretch(i)
                            switch stretches.turn(i) {
                            case .read:
                                var from = 0
                                while !stop, let end = newline(in: bytes, from: from) {
                                    number += 1
                                    let line = UnsafeBufferPointer(rebasing: bytes[from..<end])
                                    from = end + 1
                                    stop = !(try assembler.take(line, number: number, endsWithNewline: true))
                                }
                            case .decoded:
                                let batch = stretches.batches[i]
                                for line in batch.lines where !stop {
                                    stop = !(try assembler.take(decoded: line, of: batch, in: bytes, number: number + line.number))
                                }
                                number += batch.lineCount
                            }
                        }
                    } catch {
                        stretches.settle()
                        throw error
                    }
                    // Stopped (the trailer): the caller reads no further, so where is of no matter.
                    if stop { stretches.settle(); return start }
                    start = last + 1
                }
                while !stop, let end = newline(in: buffer, from: start) {
                    number += 1
                    let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    start = end + 1
                    if let long = longLine {
                        longLine = nil
                        if long.blank && TranscriptLine.isBlank(line) { continue }
                        throw tooLong(long.count + line.count, number, assembler)
                    }
                    stop = !(try assembler.take(line, number: number, endsWithNewline: true))
                }
                if start == 0, buffer.count == blockBytes {
                    // No newline in a whole block: a line longer than any transcript line may be; count it.
                    longLine = ((longLine?.count ?? 0) + buffer.count, (longLine?.blank ?? true) && TranscriptLine.isBlank(buffer))
                    return buffer.count
                }
                return start
            }
            if stop { break }
            source.consume(consumed)
            guard try source.fill(atLeast: 1) else { throw unreadable(path) }
            guard source.atEnd else { continue }
            try source.withUnread { (rest) throws -> Void in
                if let long = longLine {
                    if long.blank && TranscriptLine.isBlank(rest) { return }
                    throw tooLong(long.count + rest.count, number + 1, assembler)
                }
                // Only the last line can lack its newline.
                if !rest.isEmpty { _ = try assembler.take(rest, number: number + 1, endsWithNewline: false) }
            }
            break
        }
        return try assembler.finish()
    }

    /// Parses transcript bytes; `file` names the source in error messages.
    public static func parse(_ bytes: [UInt8], file: String) throws -> Transcript {
        var assembler = TranscriptAssembler(file: file)
        try bytes.withUnsafeBufferPointer { try checkStart($0, assembler) }
        try bytes.withUnsafeBufferPointer { (buffer) throws -> Void in
            var start = 0
            var number = 0
            while start < buffer.count {
                let end = newline(in: buffer, from: start)
                number += 1
                let line = UnsafeBufferPointer(rebasing: buffer[start..<(end ?? buffer.count)])
                if !(try assembler.take(line, number: number, endsWithNewline: end != nil)) { break }
                start = (end ?? buffer.count) + 1
            }
        }
        return try assembler.finish()
    }
}

private extension TranscriptReader {
    /// The index of the next newline at or after `start`.
    static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
              let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static func unreadable(_ path: String) -> MPTutorError {
        let exists = FileManager.default.fileExists(atPath: path)
        return .badInput(file: path, line: nil, message: exists ? Phrase.fileUnreadable.text() : Phrase.fileMissing.text())
    }

    static func tooLong(_ count: Int, _ number: Int, _ assembler: TranscriptAssembler) -> MPTutorError {
        assembler.fail(number, Phrase.trLineTooLong.text(["n": count, "max": maxLineBytes]))
    }

    /// The checks on the file as a whole, made on its first bytes.
    static func checkStart(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: TranscriptAssembler) throws {
        guard !bytes.isEmpty else { throw assembler.fail(nil, Phrase.trEmpty.text()) }
        if UnsafeBufferPointer(rebasing: bytes.prefix(sniffBytes)).contains(0) { throw assembler.fail(nil, Phrase.trBinary.text()) }
    }
}
