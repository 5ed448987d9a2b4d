import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A spawn child's output at exit (atexit handlers) comes before its exit row, run live.
final class AtexitOutputIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String, status: Int32 = 0) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", status: status, width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// Under spawn a child's atexit handlers run before it ends: its exit comes after what they printed.
    func testASpawnChildsAtexitOutputComesBeforeItsExit() throws {
        let (screen, transcript) = try trace("r7b_atexit_children.py", "spawn")
        for tag in ["return", "sys.exit"] {
            let said = transcript.events.firstIndex { $0.is(.print) && $0.string(EventField.text) == "child atexit handler (\(tag))" }
            let pid = said.map { transcript.events[$0].pid }
            let exit = transcript.events.firstIndex { $0.is(.processExit) && $0.pid == pid }
            XCTAssertNotNil(said, screen)
            XCTAssertNotNil(exit, screen)
            if let said, let exit { XCTAssertLessThan(said, exit, screen) }
        }
    }
}
