import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The rows round 4 of the truth review found missing (docs/truth-review.md, "left"): cancel(), a Pool worker's
/// initializer, a task_done() or release() that raised; and the executor summary's cancelled items.
final class CancelInitializerRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func script() -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        func cancel(_ work: Int64, ok: Bool, call: String, state: String) {
            s.add(1, pid: 100, process: "MainProcess", .futureCancel, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("ok", .bool(ok)), ("call", .string(call)), ("state", .string(state))])
        }
        cancel(3, ok: true, call: "cancel()", state: "pending")
        cancel(4, ok: true, call: "map()", state: "pending")
        cancel(5, ok: true, call: "shutdown()", state: "pending")
        cancel(3, ok: true, call: "cancel()", state: "cancelled")
        cancel(0, ok: false, call: "cancel()", state: "running")
        cancel(1, ok: false, call: "cancel()", state: "finished")
        s.add(2, pid: 201, process: "ForkPoolWorker-1", .poolInit, [("func", .string("init")), ("args", .string("('w',)"))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .poolInitEnd, [("func", .string("init")), ("ok", .bool(true)), ("error", .null)])
        s.add(6, pid: 202, process: "ForkPoolWorker-2", .poolInit, [("func", .string("init")), ("args", .string("()"))])
        s.add(106, pid: 202, process: "ForkPoolWorker-2", .poolInitEnd,
              [("func", .string("init")), ("ok", .bool(false)), ("error", .string("RuntimeError: no database"))])
        s.add(106.5, pid: 203, process: "SpawnProcess-1", .executorInit, [("func", .string("init")), ("args", .string("('bad',)"))])
        s.add(106.6, pid: 203, process: "SpawnProcess-1", .executorInitEnd,
              [("func", .string("init")), ("ok", .bool(false)), ("error", .string("RuntimeError: bad tag"))])
        s.add(107, pid: 101, process: "Process-1", .queueTaskDoneError, object: "JoinableQueue#1",
              [("error", .string("ValueError: task_done() called too many times"))])
        s.add(108, pid: 101, process: "Process-1", .lockReleaseError, object: "RLock#1",
              [("error", .string("AssertionError: attempt to release recursive lock not owned by thread"))])
        return s
    }

    func testEachGapHasARowThatSaysWhatHappened() {
        let timeline = script().timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.dropFirst(1).map(describer.describe), [
            "cancel() → True: work item 3 is cancelled before it started; it will never run",
            "map()'s iterator cancels work item 4 (it stopped waiting for the results): it will never run",
            "shutdown(cancel_futures=True) cancels work item 5, not yet sent to a worker: it will never run",
            "cancel() → True: work item 3 was already cancelled",
            "cancel() → False: work item 0 was already handed to a worker (running), so it runs on",
            "cancel() → False: work item 1 had already finished",
            "▶ initializer init('w'): runs once in this worker, before it takes a task",
            "initializer init returned after 3 ms: this worker now takes tasks",
            "▶ initializer init(): runs once in this worker, before it takes a task",
            "✗ initializer init raised RuntimeError: no database: this worker ends without taking a task",
            "▶ initializer init('bad'): runs once in this worker, before it takes a work item",
            "✗ initializer init raised RuntimeError: bad tag: this worker ends without taking a work item",
            "task_done() on JoinableQueue#1 raised ValueError: task_done() called too many times: every item put was already marked done, so it changed nothing",
            "release() of RLock#1 raised AssertionError: attempt to release recursive lock not owned by thread: nothing was released",
        ])
    }

    func testTheRowsAreInChineseToo() {
        let timeline = script().timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let rows = Language.with(.zh) { timeline.events.indices.map(describer.describe) }
        XCTAssertEqual(rows[1], "cancel() → True：工作项 3 在开始之前被取消，它永远不会运行")
        XCTAssertEqual(rows[10], "✗ 初始化函数 init 抛出 RuntimeError: no database：这个工作进程没有领取任何任务就结束了")
        XCTAssertEqual(rows[14], "RLock#1 的 release() 抛出 AssertionError: attempt to release recursive lock not owned by thread：什么也没有释放")
    }
}
