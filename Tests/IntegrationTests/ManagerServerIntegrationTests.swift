import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A program's own manager server says it serves its clients, run live.
final class ManagerServerIntegrationTests: XCTestCase {
    /// r8_manager_serve_forever: the server's threads named after its clients read as the clients' own threads.
    func testAProgramsOwnManagerServerSaysItServesItsClients() throws {
        let (screen, transcript) = try CorpusTrace.run("r8_manager_serve_forever.py", method: "fork", timeout: "20", width: 400)
        XCTAssertEqual(transcript.events.filter { $0.is(.managerServe) }.count, 1, screen)
        XCTAssertTrue(screen.contains("serve_forever(): this process is now a manager's server at ('127.0.0.1', 50871)"), screen)
        XCTAssertTrue(screen.contains("the thread serving Process-2 ends"), screen)
        XCTAssertFalse(screen.contains("thread Process-2 ends"), screen)
    }
}
