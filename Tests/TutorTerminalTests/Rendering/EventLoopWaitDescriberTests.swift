import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r9a_asyncio_awaits_errors: `await loop.run_in_executor(...)` left no wait; the loop's thread blocked in select()
/// while the work item ran, and "time spent waiting" had nothing of it.
final class EventLoopWaitDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    func testTheLoopsSelectWhileAWorkItemIsPendingIsAWait() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("select()")), ("pending", .int(1)), ("works", .array([.int(0)])), ("timeout", .null), ("executors", .null)])
        s.add(101, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("select()")), ("waited_ns", .int(100_000_000)), ("ok", .bool(true)), ("pending", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "the event loop has nothing ready to run: its thread waits in select(); not done yet: work item 0 of ProcessPoolExecutor#1 "
                + "(sent with run_in_executor()). This is the loop's wait, not one coroutine's: every coroutine of the loop is suspended "
                + "until select() returns, and one that awaits a work item resumes once that item is done, or sooner if that await is "
                + "cancelled (wait_for()'s timeout, a task's cancel()): the work item itself runs on",
            "select() returned after 100 ms",
        ])
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.map(\.call), ["select()"])
        XCTAssertTrue(ledger.unfinished.isEmpty)
    }

    /// Gaps 11B: the state panel said "MainProcess waits in select() for work item 0 of ProcessPoolExecutor#1" and the
    /// summary counted the time as "future result", as if a coroutine (or a Future's result()) waited: the loop's thread did.
    func testTheSelectWaitIsTheLoopsInThePanelAndTheSummary() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("select()")), ("pending", .int(1)), ("works", .array([.int(0)])), ("timeout", .null), ("executors", .null)])
        s.add(101, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("select()")), ("waited_ns", .int(100_000_000)), ("ok", .bool(true)), ("pending", .int(0))])
        let timeline = s.timeline()
        let blocked = try XCTUnwrap(StateReplayer(timeline: timeline).state(after: 1).blocked.first)
        XCTAssertEqual(blocked.what, "waits in select() for the event loop's next ready callback, with nothing ready to run (every coroutine "
                       + "of the loop is suspended; not done yet: work item 0 of ProcessPoolExecutor#1, sent with run_in_executor())")
        let main = try XCTUnwrap(ProcessTimeAnalysis(timeline).processes.first)
        XCTAssertEqual(main.waits.map(\.reason), ["event loop select()"])
    }
}
