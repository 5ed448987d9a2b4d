import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Calls that failed have their rows, run live.
final class FailedCallIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String, status: Int32 = 0) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", status: status, width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A broken pipe, an exec and a terminate() that raised each have their row; no tracer frame in a traceback.
    func testFailuresHaveTheirRows() throws {
        let (pipe, _) = try trace("r7b_broken_pipe.py", "spawn")
        XCTAssertTrue(pipe.contains("raised BrokenPipeError: [Errno 32] Broken pipe: nothing was sent (no process has the other end open any more)"), pipe)
        let (exec, _) = try trace("r7b_execv_child.py", "fork")
        XCTAssertTrue(exec.contains("os.execv(): becomes another program, same pid:"), exec)
        let (pool, _) = try trace("r7b_pool_exception_unpicklable.py", "fork", status: 1)
        XCTAssertTrue(pool.contains("Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive"), pool)
        XCTAssertFalse(pool.contains("mptutor_trace"), pool)
    }
}
