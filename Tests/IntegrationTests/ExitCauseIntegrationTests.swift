import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Issue 11's small gaps, traced through the built binary: the exit-code-1 note says what the record shows, the
/// parent's os.kill() on a ProcessPoolExecutor worker has its row and its note, and a wait() on items
/// shutdown(cancel_futures=True) cancelled is said as such.
final class ExitCauseIntegrationTests: XCTestCase {
    func testExitCodeOneNotesSayWhatTheRecordShows() throws {
        let (screen, _) = try CorpusTrace.run("r5b_run_raises_exit_message.py", method: "spawn", timeout: "30", width: 220)
        XCTAssertTrue(screen.contains("Boom-1 exited with code 1: run() raised KeyError, uncaught (its traceback went to stderr)."), screen)
        // the note is longer than the screen is wide (gaps 17A): its start, and the message at its end
        XCTAssertTrue(screen.contains("Process-2 exited with code 1: run() ended by a SystemExit with a message (what sys.exit(message) raises"), screen)
        XCTAssertTrue(screen.contains("\"cannot continue: no input\"."), screen)
        XCTAssertFalse(screen.contains("an uncaught exception, or sys.exit(1)"), screen)
        let (forks, _) = try CorpusTrace.run("r5f_os_fork_ends.py", method: "fork", timeout: "30", width: 220)
        XCTAssertTrue(forks.contains("exited with code 1: an exception was not caught in this hand-forked child."), forks)
    }

    func testOsKillOnAnExecutorsWorkerHasItsRowAndNote() throws {
        for method in ["fork", "spawn"] {
            let (screen, transcript) = try CorpusTrace.run("r5a_futures_worker_killed.py", method: method, timeout: "30", width: 220)
            let kills = transcript.events.filter { $0.is(.processKill) }
            XCTAssertEqual(kills.count, 1, screen)
            XCTAssertEqual(kills.first?.string(EventField.call), "os.kill()", screen)
            XCTAssertTrue(screen.contains("os.kill(pid \(kills.first?.childPid ?? 0), SIGKILL) →"), screen)
            XCTAssertTrue(screen.contains("was ended by SIGKILL (MainProcess sent it SIGKILL with os.kill())"), screen)
        }
    }
}
