import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A manager proxy's release() stamped when sent says so.
final class ManagerReleaseRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6a_manager_counter_pool_lock: a manager Lock's release() row could come after the next holder's acquire() row;
    /// the tracer now stamps a release when it was sent, and the row says so.
    func testAManagerReleaseStampedWhenSentSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "Lock#1", [("type", .string("Lock")), ("method", .string("release")),
              ("waited_ns", .int(2_000_000)), ("ok", .bool(true)), ("args", .string("()")), ("result", .string("None")), ("asked", .bool(true))])
        XCTAssertEqual(rows(s), ["Lock#1.release() → None (sent to the manager at this moment; the server ran it during the 2 ms round trip that followed)"])
        XCTAssertTrue(TimelineSpans.spans(in: s.timeline()).allSatisfy { $0.kind != .wait }, "no wait drawn before the stamp")
    }
}
