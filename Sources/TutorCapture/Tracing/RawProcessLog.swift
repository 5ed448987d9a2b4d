import Foundation
import TutorCore

/// One process's event file as the tracer wrote it (see docs/tracer-protocol.md).
struct RawProcessLog {
    /// The `proc` line: who this process is.
    var header: JSONObject
    /// Every later line, in the tracer's order.
    var records: [TracerRecord]
    /// Events numbered by the tracer that are not here: gaps in `n`, and a cut-off last line.
    var lost: Int
    /// The file's name (`<pid>-<t>.jsonl`): with `n`, the stable key of each event.
    var source = ""
    /// The first compact line that was not well formed (counted in `lost`): "FILE line N: what is wrong".
    var malformed: String?

    var pid: Int32 { Int32(truncatingIfNeeded: header["pid"]?.intValue ?? 0) }
    var ppid: Int32 { Int32(truncatingIfNeeded: header["ppid"]?.intValue ?? 0) }
    var role: String { header["role"]?.stringValue ?? "other" }
    var mainTid: Int64? { header["tid"]?.intValue }

    /// Reads one file; returns nil for a file with no readable `proc` line (it is counted as lost).
    ///
    /// One pass over the file's bytes: each line is decoded where it lies (no copy per line) straight into
    /// a record (`TracerLineDecoder`), and the records are sorted by number only when two threads wrote them
    /// out of order.
    static func read(path: String) -> (log: RawProcessLog?, lost: Int) {
        guard let bytes = contents(of: path) else { return (nil, 1) }
        let decoder = TracerLineDecoder()
        var header: JSONObject?
        var records: [TracerRecord] = []
        var lost = 0
        var numbers: [Int64] = []
        var inOrder = true
        var unreadable = 0 // unreadable lines since the last good one: a gap in `n` below a later line counts them
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var malformed: String?
        var lineNumber = 0
        bytes.withUnsafeBufferPointer { buffer in
            // The mmap writer reserves space ahead as NUL bytes; a process that did not exit cleanly leaves them.
            let end = buffer.firstIndex(of: 0) ?? buffer.endIndex
            records.reserveCapacity(end / 64)
            numbers.reserveCapacity(end / 64)
            var start = 0
            while start < end {
                guard let newline = Self.newline(in: buffer, from: start, to: end) else {
                    lost += 1 // a write cut short: the process died mid-line
                    break
                }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<newline])
                start = newline + 1
                lineNumber += 1
                guard let record = decoder.record(line) else {
                    unreadable += 1
                    if malformed == nil, line.first == CompactLine.marker {
                        malformed = Self.malformedNote(name, lineNumber, CompactLine.problem(line))
                    }
                    continue
                }
                unreadable = 0
                numbers.append(record.n)
                if header == nil, record.is(TracerRecord.procKind) {
                    header = (try? JSONParser.parse(ArraySlice(line)))?.objectValue
                } else {
                    if let last = records.last, last.n > record.n { inOrder = false }
                    records.append(record)
                }
            }
        }
        // Numbers are 0, 1, 2, ... per process: every number below the highest that is missing was lost.
        // Lines can arrive out of order (two threads with the os.write writer), so count the gaps at the end.
        if let highest = numbers.max() { lost += Int(highest + 1) - distinctCount(&numbers) }
        lost += unreadable
        guard let header else { return (nil, lost + records.count) }
        // Two threads may write their lines out of order (a line is numbered just before it is written):
        // the tracer's numbering is the truth.
        if !inOrder { records.sort { $0.n < $1.n } }
        // text an unbuffered stream wrote without its newline that no event recorded (the process was killed first)
        let next = (numbers.max() ?? -1) + 1
        // (`<path>.pending`, read as outside input: a slot not in the tracer's format counts as one lost event)
        let slot = contents(of: path + ".pending").map(PendingSlot.init(bytes:)) ?? PendingSlot()
        for (i, var record) in slot.records.enumerated() {
            record.n = next + Int64(i)
            records.append(record)
        }
        if slot.corrupt { lost += 1 }
        return (RawProcessLog(header: header, records: records, lost: lost, source: name, malformed: malformed), 0)
    }

    /// A malformed compact line's diagnostic: the file, the line's number (from 1) and what is wrong (nil: its numbers
    /// were well formed, the JSON line they stand for was not).
    static func malformedNote(_ file: String, _ line: Int, _ problem: String?) -> String {
        "\(file) line \(line): " + (problem ?? "the JSON line this compact line stands for is not readable")
    }

    /// The index of the next newline in `buffer[start..<end]`.
    private static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The file's bytes, read straight into one array (not through `Data` and a copy); nil if unreadable.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // One buffer the size fstat gives (and a byte more, to see whether the file grew), not zeroed first:
        // `read` writes every byte that is kept.
        let size = max(Int(info.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let n = Foundation.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failed = true }
                if n <= 0 { return }
                initialized += n
            }
        }
        guard !failed else { return nil }
        // The file may still grow while it is read (a live run): read to its end, whatever fstat said.
        if bytes.count == size {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else { return nil }
                if n == 0 { break }
                bytes += chunk[0..<n]
            }
        }
        return bytes
    }

    /// How many different values `numbers` holds (it is sorted in place).
    private static func distinctCount(_ numbers: inout [Int64]) -> Int {
        numbers.sort()
        var count = 0
        var previous: Int64?
        for number in numbers where number != previous {
            count += 1
            previous = number
        }
        return count
    }

    /// The multiprocessing name this process ran under: the name given at bootstrap, else the header's.
    /// A Python that the program started with `subprocess` is `MainProcess` in its own eyes: it is
    /// named after its script instead (`child.py`), so that it is not mistaken for the main process.
    var processName: String {
        let started = records.last { $0.is(TracerRecord.processStartKind) }?[TracerRecord.nameField]?.stringValue
        if started == nil, role == "other", let script = scriptName { return script }
        return started ?? header["name"]?.stringValue ?? "pid \(pid)"
    }

    /// `child.py` for `python3 dir/child.py args`, `python -c` for a command string.
    private var scriptName: String? {
        guard let first = header["argv"]?.arrayValue?.first?.stringValue else { return nil }
        if first.isEmpty || first == "-c" { return "python -c" }
        return first.split(separator: "/").last.map(String.init) ?? first
    }
}
