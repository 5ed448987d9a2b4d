import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 33C, end to end: the built binary traces the g33c programs; a failed attach by name has its row (naming the
/// unlink that removed the name), and the segment leak note names the program's own resource_tracker.unregister().
final class Gaps33CIntegrationTests: XCTestCase {
    /// The screen with each note's wrapped lines joined again, runs of spaces as one.
    private func flat(_ screen: String) -> String {
        screen.replacingOccurrences(of: "\n    ", with: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// g33c_shm_attach_after_unlink under fork: the reader's two failed attaches (no row before).
    func testAFailedAttachByNameHasARowNamingTheUnlink() throws {
        let run = try CorpusTrace.run("g33c_shm_attach_after_unlink.py", method: "fork", timeout: "30", width: 600)
        let failed = run.transcript.events.filter { $0.is(.shmAttachError) }
        XCTAssertEqual(failed.map(\.process), ["reader", "reader"], run.screen)
        XCTAssertEqual(failed.map(\.object), ["SharedMemory#1", "SharedMemory#2"], run.screen)
        let unlink = try XCTUnwrap(run.transcript.events.first { $0.is(.shmUnlink) })
        let screen = flat(run.screen)
        XCTAssertTrue(screen.contains("nothing was attached — the name was SharedMemory#1's, and producer removed it with unlink() at "
                                      + Format.seconds(unlink.t)), run.screen)
        XCTAssertTrue(screen.contains("_v2': nothing was attached"), run.screen)
    }

    /// g33c_shm_unregister_leak under spawn: the leak note names the script's own unregister() of the settings block.
    func testTheSegmentLeakNoteNamesTheProgramsOwnUnregister() throws {
        let run = try CorpusTrace.run("g33c_shm_unregister_leak.py", method: "spawn", timeout: "30", width: 400)
        let screen = flat(run.screen)
        XCTAssertTrue(screen.contains("leaked shared_memory objects"), run.screen)
        XCTAssertTrue(screen.contains("or by a direct call of resource_tracker.unregister(), which the program made (SharedMemory#1: MainProcess at "), run.screen)
        XCTAssertFalse(screen.contains("only by an unlink()"), run.screen)
    }
}
