import Foundation

/// One process's event file as the tracer wrote it (see docs/tracer-protocol.md).
struct RawProcessLog {
    /// The `proc` line: who this process is.
    var header: JSONObject
    /// Every later line, in the order written.
    var records: [JSONObject]
    /// Events numbered by the tracer that are not here: gaps in `n`, and a cut-off last line.
    var lost: Int

    var pid: Int32 { Int32(truncatingIfNeeded: header["pid"]?.intValue ?? 0) }
    var ppid: Int32 { Int32(truncatingIfNeeded: header["ppid"]?.intValue ?? 0) }
    var role: String { header["role"]?.stringValue ?? "other" }
    var mainTid: Int64? { header["tid"]?.intValue }

    /// Reads one file; returns nil for a file with no readable `proc` line (it is counted as lost).
    static func read(path: String) -> (log: RawProcessLog?, lost: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, 1) }
        var header: JSONObject?
        var records: [JSONObject] = []
        var lost = 0
        var expected: Int64 = 0
        var unreadable = 0 // unreadable lines since the last good one: the next gap in `n` already counts them
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
            if n > expected { lost += Int(n - expected) }
            unreadable = 0
            expected = max(expected, n + 1)
            if header == nil, object["kind"]?.stringValue == "proc" {
                header = object
            } else {
                records.append(object)
            }
        }
        lost += unreadable
        guard let header else { return (nil, lost + records.count) }
        return (RawProcessLog(header: header, records: records, lost: lost), 0)
    }

    /// The multiprocessing name this process ran under: the name given at bootstrap, else the header's.
    var processName: String {
        let started = records.last { $0["kind"]?.stringValue == EventKind.processStart }?["name"]?.stringValue
        return started ?? header["name"]?.stringValue ?? "pid \(pid)"
    }

    /// Thread names by ident, from the `thread` lines; the thread that wrote the header is the main thread.
    var threadNames: [Int64: String] {
        var names: [Int64: String] = [:]
        if let mainTid { names[mainTid] = "MainThread" }
        for record in records where record["kind"]?.stringValue == "thread" {
            if let tid = record["tid"]?.intValue, let name = record["name"]?.stringValue { names[tid] = name }
        }
        return names
    }
}
