import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 30C (issue 11): a `select.poll()` over queues' readers alone was recorded nowhere (the tracer recorded a poll
/// only over traced Pipe ends and sentinels), and a queue's reader among other objects was named "<Connection>". The
/// tracer now names a traced queue's reader by its queue (end `reader`); read here from the committed recordings.
final class Gaps30CQueueReaderPollIntegrationTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "220", "--lang", language]).stdout
    }

    func testAPollOverQueueReadersIsARowNamingEachQueue() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let text = try Self.replay("g30c_poll_queue_readers--\(method)")
            XCTAssertTrue(text.contains("waits in poll.poll() until one of Queue#1's reader, Queue#2's reader is ready"), "\(method): \(text)")
            XCTAssertTrue(text.contains("poll.poll() returned after ") && text.contains(": ready: Queue#"), text)
            XCTAssertFalse(text.contains("<Connection>"), text)
            XCTAssertFalse(text.contains("end reader"), text)
            let summary = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("MainProcess  of ") }, text)
            XCTAssertTrue(summary.contains("poll.poll() "), String(summary))
            let zh = try Self.replay("g30c_poll_queue_readers--\(method)", "zh")
            XCTAssertTrue(zh.contains("在 poll.poll() 中等待 Queue#1 的读取端、Queue#2 的读取端，直到其中有一个就绪"), zh)
        }
    }
}
