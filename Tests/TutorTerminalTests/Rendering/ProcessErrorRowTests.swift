import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Process call that failed names the process, or says it has no name.
final class ProcessErrorRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6b_lifecycle_mistakes: "start() failed: …" for a Worker that never ran Process.__init__ and for Process-1 alike.
    func testAProcessErrorNamesTheProcessOrSaysItHasNoName() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processError, [("name", .string("Worker")), ("op", .string("start")),
              ("error", .string("AttributeError: 'Worker' object has no attribute '_closed'")), ("unnamed", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processError, [("name", .string("Process-1")), ("op", .string("start")),
              ("error", .string("AssertionError: cannot start a process twice"))])
        XCTAssertEqual(rows(s), [
            "start() of a Worker object failed: AttributeError: 'Worker' object has no attribute '_closed' (the object has no name: Process.__init__ did not run on it)",
            "start() of Process-1 failed: AssertionError: cannot start a process twice",
        ])
    }
}
