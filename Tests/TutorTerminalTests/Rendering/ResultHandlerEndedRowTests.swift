import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A wait after a callback ended the result handler says it can only time out.
final class ResultHandlerEndedRowTests: XCTestCase {
    /// r7a_pool_callback_raises: task 3's "wait() … returned after 500 ms, before the result was ready" had no cause, though
    /// task 2's callback had raised ValueError, which ends the Pool's result-handler thread. A KeyError does not end it.
    func testAWaitAfterACallbackEndedTheResultHandlerSaysItCanOnlyTimeOut() {
        func script(_ error: String) -> (Timeline, Int) {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
            for job in 0..<2 {
                s.add(Double(2 + job), pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                      [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
            }
            s.add(10, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
            s.add(11, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallbackEnd,
                  [("job", .int(0)), ("ok", .bool(false)), ("error", .string(error))])
            let wait = s.add(20, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
                             [("job", .int(1)), ("index", .int(0)), ("call", .string("wait()"))])
            return (s.timeline(), wait)
        }
        let (timeline, wait) = script("ValueError: odd result 9")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == wait }
        XCTAssertEqual(note?.premise, .resultHandlerDied(waitStep: wait, callbackStep: wait - 1))
        XCTAssertEqual(note?.text, "Pool#1's result-handler thread ended at 0.011 s: a callback of task 0 raised ValueError: odd result 9 there, "
                       + "and any exception but KeyError ends that thread. No later result of Pool#1 reaches the parent, so this wait() "
                       + "for task 1 can only time out (without a timeout it waits forever).")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        // Round 12 saw "这次为task 2调用的 get()": no space between the Chinese and the label. zh20 (the lead's rule):
        // a specific task named in a Chinese sentence is written as its row's label, `task 1`, so a learner finds it
        // with `/`; the word for tasks in general stays 任务. Spaces on both sides of the Latin label.
        let chinese = Language.with(.zh) { Annotator(timeline: timeline).notes().first { $0.eventIndex == wait }?.text ?? "" }
        XCTAssertTrue(chinese.contains("所以这次为 task 1 调用的 wait() 只能超时"), chinese)
        XCTAssertTrue(chinese.contains("：task 0 的一个回调在那里抛出了"), chinese)
        XCTAssertFalse(chinese.contains("任务 0") || chinese.contains("任务 1"), chinese)
        let (swallowed, at) = script("KeyError")
        XCTAssertNil(Annotator(timeline: swallowed).notes().first { $0.eventIndex == at && $0.kind == .waitAfterResultHandlerDied })
    }
}
