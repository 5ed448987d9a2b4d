import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A callback of several chunks names every worker that computed them.
final class PoolCallbackNoteTests: XCTestCase {
    /// r6a_pool_imap_progress_starmap_cb: starmap_async of three chunks on two workers with a callback; the note said
    /// "task 1 was computed by ForkPoolWorker-2 (pid 202)": only its first chunk was.
    func testACallbackOfSeveralChunksNamesEveryWorkerThatComputedThem() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for (pid, name) in [(Int32(201), "ForkPoolWorker-1"), (Int32(202), "ForkPoolWorker-2")] {
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(3, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(1)), ("func", .string("power")), ("chunks", .int(3)), ("method", .string("starmap_async"))])
        for (i, (pid, name)) in [(Int32(202), "ForkPoolWorker-2"), (Int32(201), "ForkPoolWorker-1"), (Int32(201), "ForkPoolWorker-1")].enumerated() {
            let at = 5 + Double(i) * 2
            s.add(at, pid: pid, process: name, .taskStart, object: "Pool#1",
                  [("job", .int(1)), ("index", .int(Int64(i))), ("func", .string("power")), ("items", .int(1))])
            s.add(at + 1, pid: pid, process: name, .taskEnd, object: "Pool#1", [("job", .int(1)), ("index", .int(Int64(i))), ("ok", .bool(true))])
            s.add(at + 1.5, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(1)), ("index", .int(Int64(i))), ("ok", .bool(true))])
        }
        s.add(12, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback, object: "Pool#1",
              [("job", .int(1)), ("func", .string("list.extend")), ("error", .bool(false))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().map(\.text)
        XCTAssertTrue(notes.contains { $0.contains(": task 1 ran as 3 chunks, computed by ForkPoolWorker-2 (pid 202) and ForkPoolWorker-1 (pid 201); the callback gets") },
                      "\(notes)")
        XCTAssertFalse(notes.contains { $0.contains("task 1 was computed by") }, "\(notes)")
    }
}
