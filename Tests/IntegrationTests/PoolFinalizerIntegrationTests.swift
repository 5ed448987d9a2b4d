import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A Pool ended by its finalizer says so, run live.
final class PoolFinalizerIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A Pool never closed, garbage-collected when main() returned: its finalizer ended the workers, not the program.
    func testAPoolEndedByItsFinalizerSaysSo() throws {
        let (screen, _) = try trace("r6a_pool_never_closed.py", "spawn")
        XCTAssertTrue(screen.contains("Pool#1 was garbage-collected with workers still alive (the program never joined or terminated it)"), screen)
        XCTAssertTrue(screen.contains("(Pool#1's finalizer sent it: the program never joined or terminated Pool#1"), screen)
        XCTAssertFalse(screen.contains("MainProcess called terminate() on it"), screen)
    }
}
