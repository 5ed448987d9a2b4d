import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// How a pool's workers were started: another context's pool, a forkserver start, run live.
final class StartMethodIntegrationTests: XCTestCase {
    /// r8_get_context_spawn_pool: "start method fork" headed a run whose Pool workers were spawned (get_context("spawn"),
    /// the default left as fork), and the note on task 0's wait gave no cause for the spawn start-up, reading the default.
    func testAPoolFromAnotherContextSaysHowItsWorkersWereStarted() throws {
        let (screen, transcript) = try CorpusTrace.run("r8_get_context_spawn_pool.py", method: "fork", timeout: "30", width: 400)
        let spawns = transcript.events.filter { $0.is(.processSpawn) }
        XCTAssertFalse(spawns.isEmpty, screen)
        XCTAssertTrue(spawns.allSatisfy { $0.string(EventField.method) == "spawn" }, screen)
        XCTAssertTrue(screen.contains("default start method fork; its processes were started with spawn"), screen)
        XCTAssertFalse(screen.contains("· start method fork ·"), screen)
        if screen.contains("before any worker of Pool#1 had started") {
            XCTAssertTrue(screen.contains("before any worker of Pool#1 had started (each spawn worker starts a new interpreter)"), screen)
        }
    }

    /// r8_checksums_imap_unordered (forkserver): "before any worker of Pool#1 had started (each forkserver worker starts a
    /// new interpreter)": a forkserver worker is forked from the fork server; only the server is a new interpreter.
    func testAForkserverStartUpIsNotCalledANewInterpreterPerWorker() throws {
        let (screen, _) = try CorpusTrace.run("r8_checksums_imap_unordered.py", method: "forkserver", timeout: "20", width: 400)
        XCTAssertFalse(screen.contains("each forkserver worker starts a new interpreter"), screen)
        if screen.contains("before any worker of Pool#1 had started") {
            XCTAssertTrue(screen.contains("had started (a forkserver worker is forked from the fork server"), screen)
        }
    }
}
