import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// connection.wait() rows name the objects waited on and the ready ones.
final class ConnectionWaitRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5b_pipe_oneway_wait_sentinel: "(3 Pipe end(s))" and "1 ready", without naming which.
    func testConnectionWaitNamesItsObjectsAndTheReadyOnes() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let wait = s.add(1, pid: 100, process: "MainProcess", .connectionWait, [("objects", .int(4)), ("pipes", .int(2)),
            ("what", .array([.string("Pipe#1"), .string("Pipe#2"), .string("socket"), .string("sentinel:Process-1")])),
            ("ends", .array([.string("A"), .string("A"), .null, .null]))])
        let ready = s.add(300, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(299_000_000)), ("ready", .int(1)),
            ("what", .array([.string("sentinel:Process-1")])), ("ends", .array([.null]))])
        let old = s.add(301, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(0)), ("ready", .int(2))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(wait), "waits in connection.wait() until one of Pipe#1 end A, Pipe#2 end A, a socket, Process-1's sentinel is ready")
        XCTAssertEqual(d.describe(ready), "connection.wait() returned after 299 ms: ready: Process-1's sentinel")
        XCTAssertEqual(d.describe(old), "connection.wait() returned: 2 ready", "a transcript from before round 6 says what it can")
    }
}
