import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A pool worker whose run() has ended (returned, or raised: a task it could not unpickle) is still alive until its
/// exit, but it takes no task: a task's wait over that stretch is not "a worker was free" (round 9B, r9b_pool_before_def).
final class PoolWorkerLeavingNotesTests: XCTestCase {
    func testAWaitWhileTheWorkersWereEndingDoesNotSayAWorkerWasFree() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "pool.create", object: "Pool#1", [("processes", .int(2))])
        for (k, pid) in [201, 202].enumerated() {
            s.add(2 + Double(k), pid: 100, process: "MainProcess", "process.spawn",
                  [("child_pid", .int(Int64(pid))), ("name", .string("ForkPoolWorker-\(k + 1)"))])
            s.add(4 + Double(k), pid: Int32(pid), ppid: 100, process: "ForkPoolWorker-\(k + 1)", "process.start",
                  [("name", .string("ForkPoolWorker-\(k + 1)")), ("role", .string("child"))])
        }
        s.add(10, pid: 100, process: "MainProcess", "pool.submit", object: "Pool#1", [("job", .int(0)), ("method", .string("map_async")), ("chunks", .int(4))])
        // each worker took a chunk it could not unpickle: run() raised, its exit came 32 ms later
        for (k, pid) in [201, 202].enumerated() {
            s.add(19, pid: Int32(pid), ppid: 100, process: "ForkPoolWorker-\(k + 1)", "process.run.end",
                  [("name", .string("ForkPoolWorker-\(k + 1)")), ("exitcode", .int(1)), ("raised", .string("AttributeError"))])
            s.add(51, pid: Int32(pid), ppid: 100, process: "ForkPoolWorker-\(k + 1)", "process.exit", [("exitcode", .int(1))])
        }
        s.add(60, pid: 100, process: "MainProcess", thread: "Thread-1 (_handle_workers)", "process.spawn",
              [("child_pid", .int(203)), ("name", .string("ForkPoolWorker-3"))])
        s.add(63, pid: 203, ppid: 100, process: "ForkPoolWorker-3", "process.start", [("name", .string("ForkPoolWorker-3")), ("role", .string("child"))])
        let start = s.add(64, pid: 203, ppid: 100, process: "ForkPoolWorker-3", "pool.task.start", [("job", .int(0)), ("index", .int(2))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == start })
        XCTAssertEqual(note.kind, .taskWait)
        // 10 → 19 ms and 63 → 64: a worker alive and idle, chunks 0 and 1 not started (ahead); 19 → 51: both ending;
        // 51 → 63: none alive
        XCTAssertTrue(note.text.contains("10 ms while a worker was free"), note.text)
        XCTAssertTrue(note.text.contains("32 ms while no worker of Pool#1 was free: each one not running a task had left its run()"), note.text)
        XCTAssertTrue(note.text.contains("12 ms while no worker of Pool#1 was alive"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }
}
