import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A get() that timed out on a task lost with its worker says so.
final class LostTaskTimeoutRowTests: XCTestCase {
    /// r7b_os_exit_mid_task, r7b_sigint_in_worker (and the older pool_os_exit_get_timeout): "get() of task 2 raised
    /// TimeoutError after 2.000 s" with nothing saying the task's worker had ended inside it, so its result was never
    /// coming (the summary's "1 lost" said it, the row and its notes did not).
    func testAGetThatTimedOutOnATaskLostWithItsWorkerSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("task")), ("args", .string("(2,)")), ("chunks", .int(1)), ("method", .string("apply_async"))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("task")), ("args", .string("(2,)"))])
        s.add(6, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("call", .string("get()"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1 (_handle_workers)", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("exitcode", .int(3))])
        s.add(2006, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(0)), ("ok", .bool(false)), ("waited_ns", .int(2_000_000_000)), ("error", .string("TimeoutError"))])
        let timeline = s.timeline()
        let gaveUp = timeline.events.indices.last!
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == gaveUp }
        XCTAssertEqual(note?.text, "get() gave up on task 0 after 2.000 s: ForkPoolWorker-1 of Pool#1 ended (exitcode 3) while running task 0, "
                       + "so its result was never coming. A Pool replaces a dead worker but does not run the task it lost again: "
                       + "without the timeout, get() would have waited forever.")
        XCTAssertEqual(note?.premise, .lostBeforeTimeout(step: gaveUp, chunks: ["task 0"]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
    }
}
