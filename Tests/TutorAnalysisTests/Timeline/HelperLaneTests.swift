import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 7B of the truth review (docs/truth-review.md): lanes of programs nobody here wrote.
final class HelperLaneTests: XCTestCase {
    private func start(_ s: inout EventScript, _ t: Double, pid: Int32, ppid: Int32, name: String, role: String) {
        s.add(t, pid: pid, ppid: ppid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    /// r7b_leaked_semaphore (spawn): the resource tracker's "There appear to be 3 leaked semaphore objects" warning is
    /// on the program's stderr, untraced too; its lane was hidden with the helpers, so the timeline left it out.
    func testAHelperThatPrintedKeepsItsLane() {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        start(&s, 1, pid: 300, ppid: 100, name: "resource tracker", role: "resource_tracker")
        start(&s, 2, pid: 400, ppid: 100, name: "forkserver", role: "forkserver")
        s.add(3, pid: 300, process: "resource tracker", .print,
              [("stream", .string("stderr")), ("text", .string("UserWarning: resource_tracker: There appear to be 3 leaked semaphore objects"))])
        let timeline = s.timeline()
        let tracker = timeline.lanes.first { $0.pid == 300 }
        let server = timeline.lanes.first { $0.pid == 400 }
        XCTAssertEqual(tracker?.isInfrastructure, false, "a helper that printed shows what the program's output shows")
        XCTAssertEqual(server?.isInfrastructure, true, "a silent helper stays hidden")
    }
}
