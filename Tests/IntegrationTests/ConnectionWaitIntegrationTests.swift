import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// connection.wait() names what was ready, run live.
final class ConnectionWaitIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testConnectionWaitNamesWhatWasReady() throws {
        let (screen, _) = try trace("g6t_wait_named.py", method: "fork")
        XCTAssertTrue(screen.contains("waits in connection.wait() until one of Pipe#1 end A, Pipe#2 end A, a socket, Process-1's sentinel is ready"), screen)
        XCTAssertTrue(screen.contains("ready: Process-1's sentinel"), screen)
        XCTAssertTrue(screen.contains("ready: Pipe#1 end A"), screen)
    }
}
