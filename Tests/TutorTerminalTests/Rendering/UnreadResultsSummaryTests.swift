import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r9b_apply_async_fire_forget, g10a_unread_task_errors: a task's error that no get() read (an apply_async whose result
/// is dropped, a map_async without error_callback) was said nowhere; the program never saw it.
final class UnreadResultsSummaryTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// Pool#1: task 0 apply_async raises (read or not), task 1 map_async of 2 chunks (1.1 raises), task 2 apply_async
    /// raises and get(timeout) gave up before its result came.
    private func script(read: Bool, errorCallback: Bool) -> EventScript {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(20)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 20, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        for (job, method, chunks) in [(0, "apply_async", 1), (1, "map_async", 2), (2, "apply_async", 1)] {
            s.add(4 + Double(job) / 10, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("func", .string("parse")), ("method", .string(method)), ("chunks", .int(Int64(chunks)))])
        }
        s.add(4.5, pid: 10, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(2)), ("ok", .bool(false)), ("waited_ns", .int(1_000_000)), ("error", .string("TimeoutError"))])
        var t = 5.0
        for (job, index, ok) in [(0, 0, false), (1, 0, true), (1, 1, false), (2, 0, false)] {
            s.add(t, pid: 20, process: "ForkPoolWorker-1", .taskStart, [("job", .int(Int64(job))), ("index", .int(Int64(index))), ("func", .string("parse"))])
            s.add(t + 0.5, pid: 20, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(Int64(job))), ("index", .int(Int64(index))), ("ok", .bool(ok)),
                                                                            ("result", .string(ok ? "1" : "ValueError: invalid literal"))])
            t += 1
        }
        if errorCallback {
            s.add(10, pid: 10, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback,
                  [("job", .int(1)), ("func", .string("on_error")), ("error", .bool(true))])
        }
        if read {
            s.add(11, pid: 10, process: "MainProcess", .poolGet, object: "Pool#1",
                  [("job", .int(0)), ("ok", .bool(false)), ("waited_ns", .int(0)), ("error", .string("ValueError"))])
        }
        return s
    }

    func testErrorsNoGetReadAreNamedInThePoolsSummary() {
        let timeline = script(read: false, errorCallback: false).timeline()
        XCTAssertEqual(StateQueries.unreadErrors(of: "Pool#1", in: timeline).map(\.job), [0, 1, 2])
        let summary = SummaryRenderer(timeline: timeline, capabilities: capabilities).render()
        XCTAssertTrue(summary.contains("errors nobody read: task 0 (apply_async): ValueError; task 1 (map_async): ValueError; "
                                       + "task 2 (apply_async): ValueError. Each was raised in a worker; no get() read it and no "
                                       + "error_callback ran, so no exception reached the program's code (get() would have raised it)"), summary)
    }

    func testAGetThatRaisedItOrAnErrorCallbackReadsIt() {
        let timeline = script(read: true, errorCallback: true).timeline()
        // task 2's get() timed out before the error came: still unread
        XCTAssertEqual(StateQueries.unreadErrors(of: "Pool#1", in: timeline).map(\.job), [2])
    }

    /// r9a_pool_generator_early_break, g10a_imap_break_counts: an imap left with `break` inside a with-block; the summary
    /// said neither what it was given nor what never started or was never read.
    func testAnImapSaysWhatItWasGivenWhatNeverStartedAndWhatWasNeverRead() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(20)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 20, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("slow")), ("method", .string("imap")), ("chunks", .null)])
        s.add(5, pid: 10, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolImapGiven, object: "Pool#1",
              [("job", .int(0)), ("chunks", .int(6)), ("items", .int(12))])
        for index in 0..<2 {
            s.add(6 + Double(index), pid: 20, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(Int64(index))), ("func", .string("slow"))])
        }
        s.add(9, pid: 10, process: "MainProcess", .poolTerminate, object: "Pool#1")
        s.add(9.1, pid: 10, process: "MainProcess", .poolImapUnread, object: "Pool#1", [("job", .int(0)), ("unread", .int(1))])
        let timeline = s.timeline()
        let summary = SummaryRenderer(timeline: timeline, capabilities: capabilities).render()
        XCTAssertTrue(summary.contains("task 0 (imap) was given 12 items in 6 chunks: 2 started, 4 never started; when the pool "
                                       + "ended, 1 result had come back and was not read yet"), summary)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: capabilities))
        XCTAssertEqual(describer.describe(5), "the task handler has read all of task 0's input: 12 items in 6 chunks, each sent to "
                       + "the workers' task queue")
        XCTAssertEqual(describer.describe(s.events.count - 1), "Pool#1 ends: 1 result of task 0 had come back and the program had not read it yet "
                       + "(it stays in the imap() result: the program can still read it after the pool's end)")
    }

    /// Round 13, r13_pool_one_liner_gc: `sum(Pool(2).imap(f, xs))`. The unnamed Pool is collected, and its finalizer
    /// ends it, as soon as the last result comes back (the imap result lets go of its pool); the program then reads all
    /// 10 results (it printed their sum). The row said they "were never read by the program".
    func testResultsUnreadWhenACollectedPoolEndsAreNotCalledNeverRead() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#2", [("processes", .int(2))])
        s.add(2, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#2",
              [("job", .int(1)), ("func", .string("cube")), ("method", .string("imap")), ("chunks", .null)])
        s.add(3, pid: 10, process: "MainProcess", thread: "Thread-6 (_handle_results)", .poolImapUnread, object: "Pool#2",
              [("job", .int(1)), ("unread", .int(10))])
        s.add(3.1, pid: 10, process: "MainProcess", thread: "Thread-6 (_handle_results)", .poolTerminate, object: "Pool#2",
              [("by", .string("collected"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: capabilities))
        let row = describer.describe(3)
        XCTAssertFalse(row.contains("never"), row)
        XCTAssertTrue(row.contains("10 results of task 1 had come back and the program had not read them yet"), row)
        let summary = SummaryRenderer(timeline: timeline, capabilities: capabilities).render()
        XCTAssertFalse(summary.contains("never read"), summary)
    }
}
