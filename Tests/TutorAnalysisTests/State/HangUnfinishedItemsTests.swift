import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// joinable-queue changed as a learner changes it: the worker skips task_done() for some items, so JoinableQueue.join()
/// never returns. The hang explanation's "Why" repeated the wait itself ("waits in JoinableQueue#1.join() for every item
/// to be marked done"), while the records count 8 puts, 6 task_done() calls and a worker that ended
/// (r10a_joinable_forgot_task_done).
final class HangUnfinishedItemsTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func script(skipped: Int, workerEnds: Bool, items: Int = 4) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "JoinableQueue#1", [("type", .string("JoinableQueue"))])
        s.add(2, pid: 201, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        for n in 0..<items {
            s.add(3 + Double(n), pid: 100, process: "MainProcess", .queuePut, object: "JoinableQueue#1", [("item", .string("\(n)")), ("waited_ns", .int(0))])
        }
        s.add(8, pid: 100, process: "MainProcess", .queueJoinWait, object: "JoinableQueue#1")
        for n in 0..<items {
            s.add(10 + Double(n), pid: 201, process: "Process-1", .queueGet, object: "JoinableQueue#1", [("item", .string("\(n)")), ("waited_ns", .int(0))])
            if n >= skipped { s.add(10.5 + Double(n), pid: 201, process: "Process-1", .queueTaskDone, object: "JoinableQueue#1") }
        }
        if workerEnds { s.add(20, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(0))]) }
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testAJoinWaitingForItemsNobodyMarkedDoneCountsThemAndNamesTheTaker() throws {
        let timeline = script(skipped: 2, workerEnds: true)
        let reasons = HangExplainer(timeline: timeline).reasons()
        let reason = try XCTUnwrap(reasons.first { $0.text.contains("task_done()") }, "\(reasons.map(\.text))")
        XCTAssertEqual(reason.text, "MainProcess waits in JoinableQueue#1.join(), which returns only when every item put on it has been marked done "
            + "by a task_done() call: 4 were put and 2 marked done, so 2 are unfinished (Process-1 took 4 items and called task_done() 2 times, then ended).")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    func testOneItemAndOneCallAreCountedInTheSingular() throws {
        let timeline = script(skipped: 1, workerEnds: false, items: 2)
        let reasons = HangExplainer(timeline: timeline).reasons()
        let reason = try XCTUnwrap(reasons.first { $0.text.contains("task_done()") }, "\(reasons.map(\.text))")
        XCTAssertTrue(reason.text.hasSuffix("(Process-1 took 2 items and called task_done() once)."), reason.text)
    }

    func testNoSuchReasonWhenEveryItemTakenWasMarkedDone() {
        let reasons = HangExplainer(timeline: script(skipped: 0, workerEnds: false)).reasons()
        XCTAssertFalse(reasons.contains { $0.text.contains("task_done()") }, "\(reasons.map(\.text))")
    }
}
