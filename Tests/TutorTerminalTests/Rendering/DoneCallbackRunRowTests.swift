import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Future's done-callback that returned has a row saying where it ran and how long.
final class DoneCallbackRunRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6a_futures_callback_chain: a done-callback that did not raise had no row; the second stage's submit() rows sat on
    /// the executor's manager thread with nothing saying a callback ran there.
    func testADoneCallbackThatReturnedHasARowWhereItRunsAndItsLength() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let fields: [(String, JSONValue)] = [("work", .int(0)), ("func", .string("stage_one_done"))]
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallbackRun, object: "ProcessPoolExecutor#1", fields)
        s.add(4, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallbackEnd, object: "ProcessPoolExecutor#1",
              fields + [("ran_ns", .int(3_000_000))])
        XCTAssertEqual(rows(s), ["runs done-callback stage_one_done of work item 0",
                                 "done-callback stage_one_done of work item 0 returned after 3 ms"])
    }
}
