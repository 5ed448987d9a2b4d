import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Pool worker drops its finished task's manager proxies before it takes the next task (each `BaseProxy._decref`
/// connects to the manager; the last one closes the worker's connection, ending the server's thread serving it).
/// A task's wait over that stretch is not "a worker was free" (issue 11, r17m_basemanager_counter_pool).
final class ProxyDropWaitNotesTests: XCTestCase {
    /// One worker and a manager; the worker's task 0 ends at 12 ms, the server's thread serving it ends at 70 ms, the
    /// worker starts task 0.1 at 72 ms. `serverEnd` moves that thread-end row.
    private func run(serverEnd: Double, serverRole: String = "manager") -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(150)), ("name", .string("SyncManager-1"))])
        s.add(2, pid: 150, ppid: 100, process: "SyncManager-1", "process.start", [("name", .string("SyncManager-1")), ("role", .string(serverRole))])
        s.add(3, pid: 100, process: "MainProcess", "pool.create", object: "Pool#1", [("processes", .int(1))])
        s.add(4, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(5, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "process.start", [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(10, pid: 100, process: "MainProcess", "pool.submit", object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(2))])
        s.add(11, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.start", [("job", .int(0)), ("index", .int(0))])
        s.add(12, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.end", [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        let serverThreadEnd = {
            _ = s.add(serverEnd, pid: 150, ppid: 100, process: "SyncManager-1", thread: "ForkPoolWorker-1", "thread.exit", [("name", .string("ForkPoolWorker-1"))])
        }
        if serverEnd < 72 { serverThreadEnd() }
        let start = s.add(72, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.start", [("job", .int(0)), ("index", .int(1))])
        if serverEnd >= 72 { serverThreadEnd() }
        s.add(73, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.end", [("job", .int(0)), ("index", .int(1)), ("ok", .bool(true))])
        return (s.timeline(), start)
    }

    private func note(_ timeline: Timeline, at start: Int) throws -> Note {
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == start })
        XCTAssertEqual(note.kind, .taskWait)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
        return note
    }

    func testAWaitWhileTheWorkerWasStillConnectedToTheManagerDoesNotSayAWorkerWasFree() throws {
        let (timeline, start) = run(serverEnd: 70)
        let note = try note(timeline, at: start)
        // 10 → 11 ms: free, the task ahead not started; 11 → 12: busy; 12 → 70: still served by the manager; 70 → 72: free, its turn
        XCTAssertTrue(note.text.contains("58 ms while each worker of Pool#1 not running a task had ended its task but the manager's thread serving it had not ended yet"), note.text)
        XCTAssertTrue(note.text.contains("2 ms while a worker was free and this one had not started"), note.text)
        XCTAssertFalse(note.text.contains("60 ms while a worker was free"), note.text)
    }

    func testAConnectionThatOutlivesTheNextTaskStartOrAThreadEndOutsideAManagerIsNotADrop() throws {
        // the worker kept a proxy across tasks: its connection ended after task 0.1 had started
        let (kept, keptStart) = run(serverEnd: 72.5)
        let keptNote = try note(kept, at: keptStart)
        XCTAssertFalse(keptNote.text.contains("the manager's thread serving it had not ended"), keptNote.text)
        XCTAssertTrue(keptNote.text.contains("60 ms while a worker was free and this one had not started"), keptNote.text)
        // a thread of that name ended in a process that serves no manager: nothing shows a connection
        let (other, otherStart) = run(serverEnd: 70, serverRole: "child")
        let otherNote = try note(other, at: otherStart)
        XCTAssertFalse(otherNote.text.contains("the manager's thread serving it had not ended"), otherNote.text)
    }
}
