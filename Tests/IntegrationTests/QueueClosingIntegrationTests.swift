import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Queue's close() and join_thread(), and the start settings, have rows, run live.
final class QueueClosingIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testAQueuesCloseAndJoinThreadAndTheSettingsHaveRows() throws {
        let (screen, _) = try trace("g6t_queue_close_join.py", method: "fork")
        XCTAssertTrue(screen.contains("set_forkserver_preload(['json']): the forkserver imports these modules"), screen)
        XCTAssertTrue(screen.contains("Queue#1.close(): this process can no longer put or get on it; its feeder thread writes what was put"), screen)
        XCTAssertTrue(screen.range(of: #"Queue#1.join_thread\(\) returned after \d+ ms: its feeder thread has ended"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("put() on Queue#1 raised ValueError: the queue was closed"), screen)
        XCTAssertTrue(screen.contains("Queue#2.join_thread() returned: there was no feeder thread to join"), screen)
        XCTAssertTrue(screen.contains("Queue#3.cancel_join_thread()"), screen)
    }
}
