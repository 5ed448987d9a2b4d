import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 29B: a Lock passed to a spawn child is rebuilt there (SemLock.__setstate__): the child's first row was its
/// first acquire(), and nothing said it was the parent's Lock#1, the same OS semaphore.
final class LockUnpickledIntegrationTests: XCTestCase {
    func testASpawnChildsRebuiltLockIsNamedAsTheParentsOne() throws {
        let run = try CorpusTrace.run("g29b_lock_to_spawn_child.py", method: "spawn", timeout: "30", width: 400)
        let rebuilt = run.transcript.events.filter { $0.is(.lockUnpickled) }
        XCTAssertEqual(rebuilt.map { $0.object ?? "?" }.sorted(), ["BoundedSemaphore#1", "BoundedSemaphore#1", "Lock#1", "Lock#1"], run.screen)
        XCTAssertEqual(Set(rebuilt.map(\.process)), ["Process-1", "Process-2"])
        let screen = run.screen.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertEqual(screen.components(separatedBy: "Lock#1 unpickled here: it opens the same named semaphore (/mp-").count - 1, 2, run.screen)
        XCTAssertTrue(screen.contains(") as MainProcess's Lock#1, made at "), run.screen)
    }

    func testAForkChildRebuildsNothing() throws {
        let run = try CorpusTrace.run("g29b_lock_to_spawn_child.py", method: "fork", timeout: "30", width: 400)
        XCTAssertFalse(run.transcript.events.contains { $0.is(.lockUnpickled) }, run.screen)
        XCTAssertFalse(run.screen.contains("unpickled here"), run.screen)
    }
}
