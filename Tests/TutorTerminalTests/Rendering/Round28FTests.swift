import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 28F (issue 11): concurrent.futures in services and scripts.
final class Round28FTests: XCTestCase {
    /// A wait(timeout=10) over work items 0–2 of a ProcessPoolExecutor; items 1 and 2 are cancelled by the manager
    /// thread's shutdown(cancel_futures=True) when `cancelled`, else by the program's own cancel() (whose Futures the
    /// manager thread notifies when it reaches them); item 0 runs; the wait gives up with `stillPending` not done.
    private func gaveUpRow(cancelled: [Int64], by call: String = "shutdown()", stillPending: Int64, callName: String = "wait()",
                           language: Language = .en) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))])
        for w in 0..<3 {
            s.add(2 + Double(w) / 10, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(w))), ("func", .string("validate"))])
        }
        s.add(3, pid: 100, process: "MainProcess", .executorShutdown, object: "ProcessPoolExecutor#1", [("wait", .bool(false)), ("waited_ns", .int(1000))])
        s.add(4, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string(callName)), ("pending", .int(3)), ("works", .array([.int(0), .int(1), .int(2)])), ("timeout", .int(10)),
               ("executors", .null)])
        for w in cancelled {
            s.add(5 + Double(w) / 10, pid: 100, process: "MainProcess", thread: call == "shutdown()" ? "Thread-1" : "MainThread",
                  .futureCancel, object: "ProcessPoolExecutor#1",
                  [("work", .int(w)), ("ok", .bool(true)), ("call", .string(call)), ("state", .string("pending"))])
        }
        s.add(6, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("validate"))])
        s.add(7, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true))])
        s.add(8, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("ok", .bool(true))])
        let end = s.add(10_004, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
                        [("call", .string(callName)), ("waited_ns", .int(10_000_000_000)), ("ok", .bool(false)), ("pending", .int(stillPending))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false)))
        return Language.with(language) { describer.describe(end) }
    }

    /// r28f_first_exception_stop_batch (all): "wait() gave up: timed out after 10.000 s · 1 still not done" for a batch whose
    /// running shards had all finished: the one not done was work item 8, cancelled by shutdown(cancel_futures=True), which
    /// on 3.11 wait() never counts as done.
    func testAWaitThatTimedOutOnAnItemShutdownCancelledSaysSo() {
        let row = gaveUpRow(cancelled: [2], stillPending: 2)
        XCTAssertTrue(row.hasPrefix("wait() gave up: timed out after 10.000 s · 2 still not done: work item 2 is one of them: shutdown(cancel_futures=True) cancelled it (at 0.005 s)"), row)
        XCTAssertTrue(row.hasSuffix("on this Python wait() counts a Future cancelled that way as never done"), row)
        let all = gaveUpRow(cancelled: [1, 2], stillPending: 2, callName: "as_completed()")
        XCTAssertTrue(all.contains("· 2 still not done: they are work items 1, 2: shutdown(cancel_futures=True) cancelled them (by 0.005 s)"), all)
        XCTAssertTrue(all.contains("on this Python as_completed() counts Futures cancelled that way"), all)
        let zh = gaveUpRow(cancelled: [1], stillPending: 1, language: .zh)
        XCTAssertTrue(zh.contains("，就是工作项 1：shutdown(cancel_futures=True) 取消了它（0.005 s 时）"), zh)
    }

    /// The program's own cancel() and a timeout with nothing cancelled keep the plain give-up row.
    func testAWaitThatTimedOutWithoutShutdownCancelsKeepsThePlainRow() {
        XCTAssertEqual(gaveUpRow(cancelled: [], stillPending: 2), "wait() gave up: timed out after 10.000 s · 2 still not done")
        XCTAssertEqual(gaveUpRow(cancelled: [2], by: "cancel()", stillPending: 2), "wait() gave up: timed out after 10.000 s · 2 still not done")
    }
}
