import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A threading Semaphore's failed tries are counted, run live.
final class FailedTryIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testAThreadingSemaphoresFailedTriesAreCounted() throws {
        let (screen, transcript) = try trace("g6t_thread_semaphore_tries.py", method: "fork")
        XCTAssertTrue(screen.contains("acquire(blocking=False) on BoundedSemaphore#1 failed: no unit was free"), screen)
        let tries = transcript.events.filter { $0.is(.lockBusy) }.reduce(Int64(0)) { $0 + ($1.int("tries") ?? 0) }
        XCTAssertGreaterThan(tries, 5)
        XCTAssertTrue(screen.contains(", \(tries) acquire(blocking=False) call\(tries == 1 ? "" : "s") failed (no unit was free)"), screen)
    }
}
