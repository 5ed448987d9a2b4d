#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// One process's event file while the process may still be writing it: each read takes only the bytes
/// added since the last one, and only complete lines (docs/tracer-protocol.md).
///
/// A last line without its `\n` is a write in progress: it is left for a later read, which finds it
/// whole. The mmap writer's NUL padding ends what there is to read. Nothing already read is dropped.
struct GrowingEventFile: Sendable {
    /// How much is read at a time: the padding ahead of the last line can be large (256 KiB and more).
    static let chunkSize = 64 * 1024

    /// The file's name in the trace folder.
    let name: String
    /// Bytes of complete lines taken so far: the next read starts here.
    private(set) var offset: Int64 = 0
    private(set) var header: JSONObject?
    /// Every later line, sorted by `n` (two threads may write theirs out of order).
    private(set) var records: [TracerRecord] = []
    /// Complete lines that were not JSON with an `n` (counted, as the final read counts them).
    private(set) var unreadable = 0
    /// Complete lines taken so far (a malformed line's number, from 1).
    private(set) var lines = 0
    /// The first compact line that was not well formed: "FILE line N: what is wrong" (RawProcessLog.malformedNote).
    private(set) var malformed: String?

    init(name: String) {
        self.name = name
    }

    /// Takes the complete lines added since the last read.
    /// - Returns: how many lines were added (0 when the file did not grow, is gone, or ends mid-line).
    mutating func readNew(directory: String) -> Int {
        let fd = open(directory + "/" + name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var position = offset
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            if let nul = chunk[0..<count].firstIndex(of: 0) {
                bytes += chunk[0..<nul]
                break
            }
            bytes += chunk[0..<count]
            position += Int64(count)
        }
        // Only up to the last newline: what follows is a line still being written.
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else { return 0 }
        offset += Int64(lastNewline + 1)
        var added = 0
        var inOrder = true
        for line in bytes[0..<lastNewline].split(separator: 0x0A, omittingEmptySubsequences: false) {
            // a hot event's compact line is read as the JSON line it stands for (nil: not well formed)
            lines += 1
            let json = line.first == CompactLine.marker ? CompactLine.expanded(line).map { $0[...] } : line
            guard let json, let object = try? JSONParser.parse(json).objectValue, let record = TracerRecord(object: object) else {
                unreadable += 1
                if malformed == nil, line.first == CompactLine.marker {
                    malformed = RawProcessLog.malformedNote(name, lines, line.withUnsafeBufferPointer { CompactLine.problem($0) })
                }
                continue
            }
            added += 1
            if header == nil, record.is(TracerRecord.procKind) {
                header = object
                continue
            }
            if let previous = records.last?.n, previous > record.n { inOrder = false }
            records.append(record)
        }
        if !inOrder { records.sort { $0.n < $1.n } }
        return added
    }

    /// What was read so far as a process log; nil until the `proc` line is in.
    var log: RawProcessLog? {
        guard let header else { return nil }
        return RawProcessLog(header: header, records: records, lost: 0, source: name, malformed: malformed)
    }
}
