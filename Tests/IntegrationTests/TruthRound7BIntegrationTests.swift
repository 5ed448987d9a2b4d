import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 7, part B of the truth review (docs/truth-review.md): the built binary on operational and failure programs
/// nobody here wrote, whose timelines said something false or left out what happened.
final class TruthRound7BIntegrationTests: XCTestCase {
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

    /// A get(timeout) that gave up on a task its worker died inside says why; the resource tracker's leak warning is shown.
    func testALostTasksTimeoutAndATrackersWarningAreOnTheScreen() throws {
        let (screen, _) = try trace("r7b_os_exit_mid_task.py", "fork")
        XCTAssertTrue(screen.contains("get() gave up on task 2 after 2.0"), screen)
        XCTAssertTrue(screen.contains("ended (exitcode 3) while running task 2, so its result was never coming"), screen)
        let (leak, _) = try trace("r7b_leaked_semaphore.py", "spawn")
        XCTAssertTrue(leak.contains("There appear to be 3 leaked semaphore objects"), leak)
    }

    /// A broken pipe, an exec and a terminate() that raised each have their row; no tracer frame in a traceback.
    func testFailuresHaveTheirRows() throws {
        let (pipe, _) = try trace("r7b_broken_pipe.py", "spawn")
        XCTAssertTrue(pipe.contains("raised BrokenPipeError: nothing was sent (no process has the other end open any more)"), pipe)
        let (exec, _) = try trace("r7b_execv_child.py", "fork")
        XCTAssertTrue(exec.contains("os.execv(): becomes another program, same pid:"), exec)
        let (pool, _) = try trace("r7b_pool_exception_unpicklable.py", "fork", status: 1)
        XCTAssertTrue(pool.contains("Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive"), pool)
        XCTAssertFalse(pool.contains("mptutor_trace"), pool)
    }
}
