import Foundation
import TutorCore

/// One process's event file as the tracer wrote it (see docs/tracer-protocol.md).
struct RawProcessLog {
    /// The `proc` line: who this process is.
    var header: JSONObject
    /// Every later line, in the order written.
    var records: [JSONObject]
    /// Events numbered by the tracer that are not here: gaps in `n`, and a cut-off last line.
    var lost: Int
    /// The file's name (`<pid>-<t>.jsonl`): with `n`, the stable key of each event.
    var source = ""

    var pid: Int32 { Int32(truncatingIfNeeded: header["pid"]?.intValue ?? 0) }
    var ppid: Int32 { Int32(truncatingIfNeeded: header["ppid"]?.intValue ?? 0) }
    var role: String { header["role"]?.stringValue ?? "other" }
    var mainTid: Int64? { header["tid"]?.intValue }

    /// Reads one file; returns nil for a file with no readable `proc` line (it is counted as lost).
    static func read(path: String) -> (log: RawProcessLog?, lost: Int) {
        guard var data = FileManager.default.contents(atPath: path) else { return (nil, 1) }
        // The mmap writer reserves space ahead as NUL bytes; a process that did not exit cleanly leaves them.
        if let firstNul = data.firstIndex(of: 0) { data = data[data.startIndex..<firstNul] }
        var header: JSONObject?
        var records: [JSONObject] = []
        var lost = 0
        var numbers = Set<Int64>()
        var unreadable = 0 // unreadable lines since the last good one: a gap in `n` below a later line counts them
        var start = data.startIndex
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: 0x0A) else {
                lost += 1 // a write cut short: the process died mid-line
                break
            }
            let line = Array(data[start..<newline])
            start = newline + 1
            guard let object = try? JSONParser.parse(line[...]).objectValue, let n = object["n"]?.intValue else {
                unreadable += 1
                continue
            }
            unreadable = 0
            numbers.insert(n)
            if header == nil, object["kind"]?.stringValue == "proc" {
                header = object
            } else {
                records.append(object)
            }
        }
        // Numbers are 0, 1, 2, ... per process: every number below the highest that is missing was lost.
        // Lines may arrive out of order (two threads with the os.write writer), so count the gaps at the end.
        if let highest = numbers.max() { lost += Int(highest + 1) - numbers.count }
        lost += unreadable
        guard let header else { return (nil, lost + records.count) }
        // Two threads may write their lines out of order (a line is numbered just before it is written):
        // the tracer's numbering is the truth.
        records.sort { ($0["n"]?.intValue ?? 0) < ($1["n"]?.intValue ?? 0) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (RawProcessLog(header: header, records: records, lost: lost, source: name), 0)
    }

    /// The multiprocessing name this process ran under: the name given at bootstrap, else the header's.
    /// A Python that the program started with `subprocess` is `MainProcess` in its own eyes: it is
    /// named after its script instead (`child.py`), so that it is not mistaken for the main process.
    var processName: String {
        let started = records.last { $0["kind"]?.stringValue == EventKind.processStart.rawValue }?["name"]?.stringValue
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
