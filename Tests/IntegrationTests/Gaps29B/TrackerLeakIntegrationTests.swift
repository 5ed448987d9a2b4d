import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 29B: the resource tracker's warning at shutdown ("There appear to be N leaked semaphore objects") was shown
/// with no word of what leaked. The record now has what the tracker was told, and the warning's row a note naming
/// the objects registered and never unregistered, the process and time of each registration.
final class TrackerLeakIntegrationTests: XCTestCase {
    /// The screen with each note's wrapped lines joined again.
    private func unwrapped(_ screen: String) -> String { screen.replacingOccurrences(of: "\n    ", with: " ") }

    /// g29b_semaphores_killed_child under spawn: a child's Lock and Semaphore, the child killed by SIGKILL.
    func testTheLeakedSemaphoresWarningNamesTheKilledChildsLocks() throws {
        let run = try CorpusTrace.run("g29b_semaphores_killed_child.py", method: "spawn", timeout: "30", width: 400)
        let registered = run.transcript.events.filter { $0.is(.trackerRegister) }
        XCTAssertEqual(registered.map { $0.string(EventField.rtype) }, ["semaphore", "semaphore"], run.screen)
        XCTAssertEqual(Set(registered.map(\.process)), ["Process-1"])
        XCTAssertTrue(unwrapped(run.screen).contains("leaked semaphore objects"), run.screen)
        XCTAssertTrue(unwrapped(run.screen).contains("registered and never unregistered: Lock#1 (registered by Process-1 at "), run.screen)
        XCTAssertTrue(unwrapped(run.screen).contains("Semaphore#1 (registered by Process-1 at "), run.screen)
        XCTAssertTrue(unwrapped(run.screen).contains("Process-1 ended by SIGKILL (exitcode -9): its exit cleanup never ran."), run.screen)
        XCTAssertFalse(unwrapped(run.screen).contains("tells the resource tracker"), "no rows of their own")
    }

    /// g29b_shm_attached_never_unlinked under fork: the segment is registered under fork too; the note is said once
    /// (the older segment-leak note is not repeated beside it).
    func testTheLeakedSegmentWarningNamesTheBlockOnce() throws {
        let run = try CorpusTrace.run("g29b_shm_attached_never_unlinked.py", method: "fork", timeout: "30", width: 400)
        XCTAssertTrue(unwrapped(run.screen).contains("registered and never unregistered: SharedMemory#1 (registered by MainProcess at "), run.screen)
        XCTAssertTrue(unwrapped(run.screen).contains("A segment is unregistered only by an unlink() of it, and the record has none."), run.screen)
        XCTAssertFalse(unwrapped(run.screen).contains("No process unlinked SharedMemory#1"), run.screen)
    }

    /// g29b_tracker_clean under spawn: everything registered is unregistered: no warning, no note.
    func testNothingLeakedNoNote() throws {
        let run = try CorpusTrace.run("g29b_tracker_clean.py", method: "spawn", timeout: "30", width: 400)
        let kinds = run.transcript.events.map(\.kindName.text)
        XCTAssertEqual(kinds.filter { $0 == "tracker.register" }.count, 3, run.screen)
        XCTAssertEqual(kinds.filter { $0 == "tracker.unregister" }.count, 2, run.screen)
        XCTAssertFalse(unwrapped(run.screen).contains("leaked"), run.screen)
        XCTAssertFalse(unwrapped(run.screen).contains("never unregistered"), run.screen)
    }
}
