import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A client a Listener refused for its authkey has its own row.
final class ConnectionRefusedRowTests: XCTestCase {
    /// r6b_listener_authkey: the client with the wrong authkey had no row for its AuthenticationError (only the
    /// server's "refuses a client"); its own refusal says which side it is.
    func testAClientRefusedForItsAuthkeyHasItsOwnRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Server", .connectionRefused, [("error", .string("AuthenticationError: digest received was wrong"))])
        s.add(2, pid: 202, process: "Process-3", .connectionRefused,
              [("error", .string("AuthenticationError: digest sent was rejected")), ("side", .string("client"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual([1, 2].map(describer.describe), [
            "refuses a client: AuthenticationError: digest received was wrong",
            "Client() was refused by the listener: AuthenticationError: digest sent was rejected (the two sides' authkeys differ)",
        ])
    }
}
