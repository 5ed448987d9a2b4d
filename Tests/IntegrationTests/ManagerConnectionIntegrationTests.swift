import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A manager's start and a failed connection are shown as they were, run live.
final class ManagerConnectionIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A manager's start is stamped when its server is up, with the wait; a call after its shutdown made no round trip.
    func testManagerStartAndAFailedConnectionAreTrue() throws {
        let (screen, transcript) = try trace("r5a_manager_shutdown_client.py", "spawn")
        let create = try XCTUnwrap(transcript.events.first { $0.is(.managerCreate) })
        let serverStart = try XCTUnwrap(transcript.events.first { $0.is(.processStart) && $0.pid == Int32(create.serverPid ?? 0) })
        XCTAssertGreaterThan(create.t, serverStart.t)
        XCTAssertTrue(screen.contains("(start() waited"), screen)
        XCTAssertTrue(screen.contains("list#1.append(2) raised BrokenPipeError (no answer: the connection to the manager failed)"), screen)
    }
}
