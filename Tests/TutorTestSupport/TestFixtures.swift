import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis

/// A fresh folder under the system temporary directory, removed by `remove()`.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mptutor-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` (or bytes) to `name` inside the folder, creating subfolders; returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Builds hand-made event sequences: seq is assigned in order, times are in milliseconds.
struct EventScript {
    private(set) var events: [TraceEvent] = []

    @discardableResult
    mutating func add(_ ms: Double, pid: Int32, ppid: Int32 = 1, process: String, thread: String = "MainThread",
                      _ kind: String, object: String? = nil, _ fields: [(String, JSONValue)] = []) -> Int {
        events.append(TraceEvent(seq: events.count + 1, t: Int64((ms * 1_000_000).rounded()), pid: pid, ppid: ppid,
                                 process: process, thread: thread, kind: kind, object: object, fields: JSONObject(fields)))
        return events.count - 1
    }

    /// An event of a kind mp-tutor knows (the `String` form above writes any kind, as a newer tracer might).
    @discardableResult
    mutating func add(_ ms: Double, pid: Int32, ppid: Int32 = 1, process: String, thread: String = "MainThread",
                      _ kind: EventKind, object: String? = nil, _ fields: [(String, JSONValue)] = []) -> Int {
        add(ms, pid: pid, ppid: ppid, process: process, thread: thread, kind.rawValue, object: object, fields)
    }

    func transcript(run: RunFacts = RunFacts(), lost: Int = 0) -> Transcript {
        Transcript(header: Fixtures.header(), events: events,
                   trailer: .summarizing(events, lostEvents: lost, silentProcesses: [], run: run))
    }

    func timeline(run: RunFacts = RunFacts(), lost: Int = 0) -> Timeline {
        TimelineBuilder.build(transcript(run: run, lost: lost))
    }
}

enum Fixtures {
    static func header(lesson: String? = nil) -> TranscriptHeader {
        TranscriptHeader(lesson: lesson, command: ["demo.py"], python: "3.11.7", startMethod: "fork", platform: "linux",
                         cpus: 2, mptutorVersion: "0.1.0", recordedAt: "2026-01-01T00:00:00Z")
    }

    static let ms: Int64 = 1_000_000

    /// A small Pool run: MainProcess (pid 100) with a Pool of 2 workers (201, 202) and 3 apply_async tasks.
    ///
    /// Task 0 runs on Worker-1 10–110 ms, task 1 on Worker-2 12–62 ms, task 2 waits in the queue from
    /// 5 ms until Worker-2 frees up at 62 ms and runs 62–160 ms. Callbacks run on `_handle_results`.
    static func poolRun() -> EventScript {
        var s = EventScript()
        let main = (pid: Int32(100), name: "MainProcess")
        let results = "Thread-3 (_handle_results)"
        s.add(0, pid: 100, ppid: 1, process: main.name, .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, ppid: 1, process: main.name, .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(2, pid: 100, ppid: 1, process: main.name, .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 100, ppid: 1, process: main.name, .processSpawn, [("child_pid", .int(202)), ("name", .string("ForkPoolWorker-2"))])
        s.add(3.5, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .processStart, [("name", .string("ForkPoolWorker-2")), ("role", .string("child"))])
        s.add(4, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        for job in 0..<3 {
            s.add(5 + Double(job) * 0.1, pid: 100, ppid: 1, process: main.name, .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("func", .string("work")),
                   ("args", .string("(\(job),)")), ("chunks", .int(1))])
        }
        s.add(10, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("work")), ("args", .string("(0,)"))])
        s.add(12, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskStart, [("job", .int(1)), ("index", .int(0)), ("func", .string("work")), ("args", .string("(1,)"))])
        s.add(62, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskEnd, [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("1"))])
        s.add(62, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskStart, [("job", .int(2)), ("index", .int(0)), ("func", .string("work")), ("args", .string("(2,)"))])
        s.add(63, pid: 100, ppid: 1, process: main.name, thread: results, .poolResult, object: "Pool#1", [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(64, pid: 100, ppid: 1, process: main.name, thread: results, .poolCallback, [("job", .int(1)), ("func", .string("collect")), ("error", .bool(false))])
        s.add(65, pid: 100, ppid: 1, process: main.name, thread: results, .poolCallbackEnd, [("job", .int(1))])
        s.add(110, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("0"))])
        s.add(111, pid: 100, ppid: 1, process: main.name, thread: results, .poolResult, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(112, pid: 100, ppid: 1, process: main.name, thread: results, .poolCallback, [("job", .int(0)), ("func", .string("collect")), ("error", .bool(false))])
        s.add(160, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskEnd, [("job", .int(2)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("4"))])
        s.add(161, pid: 100, ppid: 1, process: main.name, thread: results, .poolResult, object: "Pool#1", [("job", .int(2)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(162, pid: 100, ppid: 1, process: main.name, thread: results, .poolCallback, [("job", .int(2)), ("func", .string("collect")), ("error", .bool(false))])
        s.add(170, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processExit, [("exitcode", .int(0))])
        s.add(171, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .processExit, [("exitcode", .int(0))])
        s.add(180, pid: 100, ppid: 1, process: main.name, .print, [("stream", .string("stdout")), ("text", .string("results: [0, 1, 4]"))])
        s.add(200, pid: 100, ppid: 1, process: main.name, .processExit, [("exitcode", .int(0)), ("observed_by", .string("mp-tutor"))])
        return s
    }

    /// A Value written by a child and read by the parent, and a raw array.
    static func sharedRun() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .sharedCreate, object: "Value#1",
              [("type", .string("Value")), ("ctype", .string("c_int")), ("value", .string("7")), ("lock", .string("h1"))])
        s.add(2, pid: 100, process: "MainProcess", .sharedCreate, object: "Array#1",
              [("type", .string("Array")), ("ctype", .string("c_int")), ("length", .int(20)), ("value", .string("[0, 0]")),
               ("lock", .bool(false))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .sharedRead, object: "Value#1", [("attr", .string("value")), ("value", .string("7"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-1", .sharedWrite, object: "Value#1", [("attr", .string("value")), ("value", .string("49"))])
        s.add(5, pid: 100, process: "MainProcess", .sharedRead, object: "Value#1", [("attr", .string("value")), ("value", .string("49"))])
        s.add(6, pid: 100, process: "MainProcess", .sharedWrite, object: "Value#1", [("attr", .string("[0]")), ("value", .string("1"))])
        return s.timeline()
    }
}

extension MPTutorError {
    /// The parts of a `.badInput`, for assertions.
    var badInputParts: (file: String, line: Int?, message: String)? {
        if case let .badInput(file, line, message) = self { return (file, line, message) }
        return nil
    }
}

/// Runs `body`, expecting an `MPTutorError`; fails the test otherwise.
func assertMPTutorError<T>(_ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line,
                           _ check: (MPTutorError) -> Void) {
    do {
        let value = try body()
        XCTFail("expected an error, got \(value)", file: file, line: line)
    } catch let error as MPTutorError {
        check(error)
    } catch {
        XCTFail("expected an MPTutorError, got \(error)", file: file, line: line)
    }
}
