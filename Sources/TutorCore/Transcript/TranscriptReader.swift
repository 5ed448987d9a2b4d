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
    /// Blocks of unread bytes at least this large are decoded on two threads.
    static let aheadFromBytes = 1 << 20
    /// This thread's share of such a block, in 32nds, before the part decoded ahead. Half: callgrind of the 100k
    /// pool_get replay found the scanner's cost per byte the same on both threads, the second thread's own work
    /// (lines, blanks, its events' array) ~10% of it, and this thread's work on the other half's decoded lines ~5%
    /// of that half; at 15/32 this thread waited for the second (304M instructions against 355M), at half they end
    /// within a few per cent of each other.
    static let aheadShare = 16
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
        var batch: EventLineBatch?
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
                // The block's second part is decoded ahead on another thread while this one takes the first part's
                // lines; then this one takes the second part's lines in order, as decoded (`EventLineBatch`).
                if !stop, longLine == nil, assembler.takesEvents, let (split, last) = aheadSplit(buffer, from: start) {
                    let ahead = UnsafeBufferPointer(rebasing: buffer[split...last])
                    let decoder = batch ?? EventLineBatch()
                    batch = decoder
                    decoder.begin(ahead)
                    do {
                        while !stop, start < split, let end = newline(in: buffer, from: start) {
                            number += 1
                            let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                            start = end + 1
                            stop = !(try assembler.take(line, number: number, endsWithNewline: true))
                        }
                    } catch {
                        decoder.wait()
                        throw error
                    }
                    decoder.wait()
                    if stop { return start }
                    for line in decoder.lines where !stop {
                        stop = !(try assembler.take(decoded: line, of: decoder, in: ahead, number: number + line.number))
                    }
                    if stop { return start }
                    number += decoder.lineCount
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

    /// Where the part of the bytes from `start` decoded ahead starts (after a newline near their middle, `aheadShare`:
    /// this thread also checks and keeps the other part's events) and its last newline; nil for too few bytes to
    /// share or fewer than two lines.
    static func aheadSplit(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (split: Int, last: Int)? {
        guard buffer.count - start >= aheadFromBytes, let middle = newline(in: buffer, from: start + (buffer.count - start) * aheadShare / 32),
              let last = buffer.lastIndex(of: 0x0A), last > middle else { return nil }
        return (middle + 1, last)
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
