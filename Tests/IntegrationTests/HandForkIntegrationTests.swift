import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// os.fork() by hand: rows, lanes and ends, run live.
final class HandForkIntegrationTests: XCTestCase {
    func testHandForksHaveTheirRowsLanesAndEnds() throws {
        for method in ["fork", "spawn"] {
            let (screen, transcript) = try CorpusTrace.run("r5f_os_fork_ends.py", method: method, timeout: "30", width: 220)
            let forks = transcript.events.filter { $0.is(.processSpawn) && $0.bool(EventField.osFork) == true }
            XCTAssertEqual(forks.count, 3, screen)
            for fork in forks {
                let pid = try XCTUnwrap(fork.childPid)
                XCTAssertEqual(fork.name, "fork of MainProcess (pid \(pid))")
                XCTAssertTrue(screen.contains("os.fork() → fork of MainProcess (pid \(pid))"), screen)
            }
            let codes = forks.map { fork in transcript.events.first { $0.is(.processReaped) && $0.childPid == fork.childPid }?.exitCode }
            XCTAssertEqual(codes, [5, 1, -9], screen)
            XCTAssertTrue(screen.contains("os._exit(5): ended at once"), screen)
            XCTAssertTrue(screen.contains("exited, code 1 (an uncaught exception)"), screen)
            XCTAssertTrue(screen.contains("(MainProcess sent it SIGKILL with os.kill())"), screen)
            // unbuffered (PYTHONUNBUFFERED): found at os._exit, stamped when written; buffered: flushed by the program
            XCTAssertTrue(screen.contains("print \"half a line\" (written here without a newline; the tracer found it")
                          || screen.contains("print \"half a line\" (no newline)"), screen)
            XCTAssertTrue(screen.contains("waits in os.waitpid() for fork of MainProcess"), screen)
            if method == "fork" {    // (spawn: the resource tracker's end is not recorded, as before)
                XCTAssertFalse(screen.contains("end was not recorded"), screen)   // (gaps 30B's words)
            }
            XCTAssertFalse(screen.contains("may have signalled itself"), screen)
            // multiprocessing's own child is one spawn, not a hand fork
            XCTAssertEqual(transcript.events.filter { $0.is(.processSpawn) && $0.name == "Process-1" }.count, 1)
        }
    }
}
