import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 29D (issue 11): the program's own `select.poll()` / `select.epoll()` waits over Pipe ends and sentinels were
/// recorded nowhere (the time was "other", a hang in one had no cause). The tracer's poll_waits.py records them as
/// `connection.wait` with `call` "poll.poll()" / "epoll.poll()", read here from the committed recordings.
final class Gaps29DPollWaitIntegrationTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "220", "--lang", language]).stdout
    }

    func testPollAndEpollWaitsAreRowsAndTheSummaryCountsThem() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let text = try Self.replay("g29d_poll_workers--\(method)")
            XCTAssertTrue(text.contains("waits in poll.poll() until one of Pipe#1 end A, Pipe#2 end A is ready"), "\(method): \(text)")
            XCTAssertTrue(text.contains("poll.poll() returned after "), text)
            XCTAssertTrue(text.contains(": ready: Pipe#"), text)
            XCTAssertTrue(text.contains("epoll.poll() returned ") && text.contains("worker-1's sentinel"), text)
            let summary = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("MainProcess  of ") }, text)
            XCTAssertTrue(summary.contains("poll.poll() "), String(summary))
            let zh = try Self.replay("g29d_poll_workers--\(method)", "zh")
            XCTAssertTrue(zh.contains("在 poll.poll() 中等待 Pipe#1 的 A 端、Pipe#2 的 A 端，直到其中有一个就绪"), zh)
        }
    }

    func testAHangInPollNamesTheWaitAndThePipeEnd() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let text = try Self.replay("g29d_poll_hang--\(method)")
            XCTAssertTrue(text.contains("waits in poll.poll() until Pipe#1 end A is ready"), "\(method): \(text)")
            XCTAssertTrue(text.contains("At that moment: MainProcess (pid ") && text.contains(") waits in poll.poll() for Pipe#1 end A since "), text)
            XCTAssertTrue(text.contains("waits cut by the end of their process: MainProcess in poll.poll() on Pipe#1 end A"), text)
            // the state panel's activity after the wait's step
            let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/g29d_poll_hang--\(method).jsonl")
            let timeline = TimelineBuilder.build(transcript)
            let wait = try XCTUnwrap(timeline.events.firstIndex { $0.is(.connectionWait) && $0.string(EventField.call) == "poll.poll()" })
            let activity = Language.with(.en) {
                StateReplayer(timeline: timeline).state(after: wait).processes.first { $0.name == "MainProcess" }?.activity ?? ""
            }
            XCTAssertTrue(activity.hasPrefix("waits in poll.poll() for Pipe#1 end A since "), "\(method): \(activity)")
        }
    }
}
