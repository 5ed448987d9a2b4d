import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r9b_pool_before_def: a chunk's wait said "a worker was free but tasks submitted earlier had not started (tasks go
/// out in order)" while those earlier chunks had been taken off the task queue by workers that could not unpickle
/// them (`pool.task.get.error`): lost, not waiting for a worker. The state model counts them (`Pool.lostTaken`).
final class LostTasksAheadNotesTests: XCTestCase {
    func testAWaitBehindOnlyLostChunksDoesNotSayTheyHadNotStarted() throws {
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
        // each worker takes a chunk it cannot unpickle (at 15 and 16 ms), run() raises, its exit comes later
        for (k, pid) in [201, 202].enumerated() {
            s.add(15 + Double(k), pid: Int32(pid), ppid: 100, process: "ForkPoolWorker-\(k + 1)", "pool.task.get.error",
                  [("error", .string("AttributeError: Can't get attribute 'square' on <module '__main__'>"))])
        }
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
        // 10 → 16 ms: chunks 0 and 1 ahead, at most one of them lost; 16 → 19 and 63 → 64: both lost, none waiting
        XCTAssertTrue(note.text.contains("6 ms while a worker was free but tasks submitted earlier had not started"), note.text)
        XCTAssertTrue(note.text.contains("4 ms while a worker was free and the only tasks submitted earlier that had not started were lost"), note.text)
        XCTAssertTrue(note.text.contains("32 ms while no worker of Pool#1 was free"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testTheStateModelCountsTheLostTasksOfEachPool() {
        var state = PendingTasks()
        state.submit(job: 0, chunks: 4)
        XCTAssertEqual(state.count(before: (0, 2), upTo: 3), 2)
        XCTAssertEqual(state.count(before: (0, 3), upTo: 1), 1, "counting stops at the limit")
        XCTAssertEqual(state.count(before: (0, 0), upTo: 3), 0)
    }
}
