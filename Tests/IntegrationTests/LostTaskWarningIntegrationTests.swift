import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A lost task's timeout and the resource tracker's warning are on the screen, run live.
final class LostTaskWarningIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String, status: Int32 = 0) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", status: status, width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A get(timeout) that gave up on a task its worker died inside says why; the resource tracker's leak warning is shown.
    func testALostTasksTimeoutAndATrackersWarningAreOnTheScreen() throws {
        let (screen, _) = try trace("r7b_os_exit_mid_task.py", "fork")
        XCTAssertTrue(screen.contains("get() gave up on task 2 after 2.0"), screen)
        XCTAssertTrue(screen.contains("ended (exitcode 3) while running task 2, so its result was never coming"), screen)
        let (leak, _) = try trace("r7b_leaked_semaphore.py", "spawn")
        XCTAssertTrue(leak.contains("There appear to be 3 leaked semaphore objects"), leak)
    }
}
