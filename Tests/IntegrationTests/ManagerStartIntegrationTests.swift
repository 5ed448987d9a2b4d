import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A manager whose server never answered is a wait that ends in an error, run live.
final class ManagerStartIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A Manager whose server process failed before it answered: start() blocked with no wait event, then raised.
    func testAManagerWhoseServerNeverAnsweredIsAWaitThatEndsInAnError() throws {
        let (screen, transcript) = try trace("g6t_manager_start_fails.py", method: "spawn")
        XCTAssertTrue(screen.contains("SyncManager.start() waits for its server process to start and send its address"), screen)
        XCTAssertTrue(screen.range(of: #"SyncManager.start\(\) raised EOFError after [0-9.]+ m?s: its server process \(pid \d+\) never sent its address"#,
                                   options: .regularExpression) != nil, screen)
        let failed = try XCTUnwrap(transcript.events.first { $0.is(.managerStartError) })
        let created = try XCTUnwrap(transcript.events.first { $0.is(.managerCreate) })
        let manager = (failed.waitedNs ?? 0) + (created.waitedNs ?? 0)
        // the summary counts both start() waits as waiting for the manager
        let line = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("MainProcess  of") })
        XCTAssertTrue(line.contains("manager " + Format.duration(ns: manager)) || manager < 1_000_000, String(line) + " vs \(manager)")
    }
}
