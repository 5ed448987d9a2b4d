import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A ProcessPoolExecutor's manager thread (the tracer's `target` `_ExecutorManagerThread.run`) says whose it is; a
/// program's own Thread subclass keeps the plain row (the lead's round 9).
final class ExecutorManagerThreadRowTests: XCTestCase {
    private func row(target: String) -> String? {
        var s = DocsExamplesDescriberTests.mainProcess()
        let start = s.add(1, pid: 100, process: "MainProcess", .threadStart,
                          [("name", .string("Thread-1")), ("daemon", .bool(false)), ("thread_tid", .int(7)), ("target", .string(target)),
                           ("infra", .bool(false))])
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(start)
    }

    func testTheExecutorsManagerThreadSaysWhoseItIs() {
        XCTAssertEqual(row(target: "_ExecutorManagerThread.run"),
                       "starts thread Thread-1 (concurrent.futures' own: the executor's manager thread, which sends work items to the workers and sets each Future when its result comes back)")
    }

    func testAProgramsOwnSubclassKeepsThePlainRow() {
        XCTAssertEqual(row(target: "Ticker.run"), "starts thread Thread-1")
    }
}
