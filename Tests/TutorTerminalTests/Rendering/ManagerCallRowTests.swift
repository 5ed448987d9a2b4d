import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A proxy call whose connection failed made no round trip.
final class ManagerCallRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5a_manager_shutdown_client: "list#1.append(2) raised BrokenPipeError (round trip to the manager)" after the
    /// manager had shut down: nothing went to the server and back.
    func testAProxyCallWhoseConnectionFailedMadeNoRoundTrip() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("method", .string("append")), ("args", .string("(2,)")), ("ok", .bool(false)), ("error", .string("BrokenPipeError"))])
        s.add(2, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("method", .string("__getitem__")), ("args", .string("(3,)")), ("ok", .bool(false)), ("error", .string("IndexError"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1), "list#1.append(2) raised BrokenPipeError (no answer: the connection to the manager failed)")
        XCTAssertEqual(describer.describe(2), "list#1.__getitem__(3) raised IndexError (round trip to the manager)")
    }
}
