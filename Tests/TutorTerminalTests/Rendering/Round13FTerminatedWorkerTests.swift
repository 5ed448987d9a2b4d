import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 13F, r13f_hung_worker_terminate: after as_completed(timeout=) gave up, the program terminate()d every process
/// in ex._processes; the executor's manager thread then found them gone, marked itself broken and terminate()d them
/// again. The end notes said "(MainProcess · Thread-1 called terminate() on it)", the later, second SIGTERM; the broken
/// note said only "marked itself broken", as if no worker had died in a work item (a SIGTERM end was always taken for the
/// executor's own terminate() after it broke).
final class Round13FTerminatedWorkerTests: XCTestCase {
    private func run(programFirst: Bool) -> (Timeline, reaped: Int, broken: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkProcess-1")),
                                                                   ("daemon", .bool(false)), ("executor", .string("ProcessPoolExecutor#1"))])
        s.add(3, pid: 201, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("work")), ("args", .string("(2,)"))])
        s.add(5, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("work")), ("args", .string("(2,)"))])
        let terminate: [(String, JSONValue)] = [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("at_exit", .bool(false))]
        if programFirst { s.add(6, pid: 100, process: "MainProcess", .processTerminate, terminate) }
        let broken = s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
                           [("pending", .int(1)), ("error", .string(""))])
        s.add(8, pid: 100, process: "MainProcess", thread: "Thread-1", .processTerminate, terminate)
        let reaped = s.add(9, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
                           [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(-15))])
        return (s.timeline(), reaped, broken)
    }

    func testTheFirstTerminateIsNamedAndTheWorkerDiedInItsWorkItem() {
        let (timeline, reaped, broken) = run(programFirst: true)
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.first { $0.eventIndex == reaped }?.text, "ForkProcess-1 was ended by SIGTERM (MainProcess called terminate() on it at "
                       + "0.006 s, the first to; MainProcess · Thread-1 called terminate() on it again after that): exitcode -15.")
        let note = notes.first { $0.eventIndex == broken }?.text ?? ""
        XCTAssertTrue(note.hasPrefix("ForkProcess-1 ended (exitcode -15) while running work item 0."), note)
    }

    /// Only the executor's own terminate() after it broke: as before, nothing says the worker died in its work item.
    func testTheExecutorsOwnTerminateAfterItBrokeIsNotACause() {
        let (timeline, reaped, broken) = run(programFirst: false)
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.first { $0.eventIndex == reaped }?.text,
                       "ForkProcess-1 was ended by SIGTERM (MainProcess · Thread-1 called terminate() on it): exitcode -15.")
        XCTAssertEqual(notes.first { $0.eventIndex == broken }?.text,
                       "ProcessPoolExecutor#1 marked itself broken: its 1 pending Future fails with BrokenProcessPool.")
    }
}
