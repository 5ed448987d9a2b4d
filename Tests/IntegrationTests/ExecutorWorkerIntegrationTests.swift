import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A worker forked from an executor's thread says why it exited with code 1, run live.
final class ExecutorWorkerIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// Workers forked from a ThreadPoolExecutor thread exit 1 after run() returned (untraced too): the exit names what
    /// escaped the cleanup instead of guessing.
    func testAWorkerForkedFromAnExecutorThreadNamesWhyItExitedOne() throws {
        let (screen, transcript) = try trace("r5a_futures_nested_executors.py", "fork")
        let exits = transcript.events.filter { $0.is(.processExit) && $0.string(EventField.error) != nil }
        XCTAssertEqual(exits.count, 2, screen)
        XCTAssertTrue(screen.contains("exited, code 1: RuntimeError: cannot join current thread was raised in multiprocessing's cleanup after run()"), screen)
        XCTAssertFalse(screen.contains("an uncaught exception, or sys.exit(1)"), screen)
    }
}
