import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 13B (r12_parent_watchdog): a child polling `parent_process().is_alive()` every 0.1 s left no row; the tracer
/// now records the first result and each change, with how many calls returned the other result in between.
final class ParentAliveRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testTheFirstResultAndTheChangeAreRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let poll = { (ms: Double, alive: Bool, calls: Int64) -> [(String, JSONValue)] in
            [("parent", .string("MainProcess")), ("parent_pid", .int(100)), ("alive", .bool(alive)), ("calls", .int(calls))]
        }
        let first = s.add(1, pid: 201, ppid: 100, process: "Process-1", .processParentAlive, poll(1, true, 1))
        let gone = s.add(2, pid: 201, ppid: 100, process: "Process-1", .processParentAlive, poll(2, false, 10))
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(first), "parent_process().is_alive() of MainProcess (pid 100) → True (the calls after it that "
                       + "return True again are counted, not shown)")
        XCTAssertEqual(describer.describe(gone), "parent_process().is_alive() of MainProcess (pid 100) → False, after 9 more calls that "
                       + "returned True (the calls after it that return False again are counted, not shown)")
    }
}
