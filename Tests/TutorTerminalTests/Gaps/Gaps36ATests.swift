import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 36A (docs/truth-review.md): the leftovers of rounds 35S and 35P and gaps 35A, on committed recordings.
final class Gaps36ATests: XCTestCase {
    /// Round 35P's last item: a timed get() that raised queue.Empty stayed among the queue's blocked getters on the
    /// step panel ("get waiting: MainProcess", and "MainProcess waiting to get from Queue#1"); after the next wait the
    /// name was listed twice. Each timed-out get leaves the list, and the next wait lists it once.
    func testAGetThatTimedOutLeavesTheBlockedGetters() throws {
        var seen = 0
        for name in ["queue_timeouts", "r18e_simplequeue_vs_queue_unpicklable"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = try Gaps16BTests.corpus("\(name)--\(method)")
                let events = timeline.events
                for at in timeline.indices(of: .queueTimeout) where events[at].op == "get" && events[at].object == "Queue#1" {
                    seen += 1
                    let rows = Gaps23Tests.panel(timeline, after: at)
                    let queue = try XCTUnwrap(rows.first { $0.hasPrefix("Queue#1 ") }, "\(name) \(method)")
                    XCTAssertFalse(queue.contains("get waiting"), "\(name) \(method) after step \(at): \(queue)")
                    let main = try XCTUnwrap(rows.first { $0.hasPrefix("MainProcess") }, rows.joined(separator: "\n"))
                    XCTAssertFalse(main.contains("waiting to get"), "\(name) \(method) after step \(at): \(main)")
                    guard let next = events.indices.first(where: { $0 > at && events[$0].is(.queueWait) && events[$0].object == "Queue#1" }) else { continue }
                    let again = try XCTUnwrap(Gaps23Tests.panel(timeline, after: next).first { $0.hasPrefix("Queue#1 ") })
                    XCTAssertTrue(again.hasSuffix("get waiting: MainProcess"), "\(name) \(method) after step \(next): \(again)")
                }
            }
        }
        XCTAssertEqual(seen, 3 + 1 + 2 + 2)    // queue_timeouts: one each; r18e: one under fork (its get took 'queue ok'), two else
    }

    /// r18e_simplequeue_vs_queue_unpicklable: the producer's feeder, at its exit, could not pickle the open file and
    /// stopped, so 'queue ok', behind it, never reached the pipe. With the timed gets no longer blocked, the
    /// leftover-items note must still say nothing: the item was never in the pipe.
    func testAnItemBehindAnExitingFeedersDropIsNotSaidLeftInThePipe() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r18e_simplequeue_vs_queue_unpicklable--\(method)")
            let last = timeline.events.count - 1
            XCTAssertEqual(StateReplayer(timeline: timeline).state(after: last).queues.first { $0.label == "Queue#1" }?.blockedGetters, [], method)
            XCTAssertEqual(StateQueries.queueLeftovers(in: StateReplayer(timeline: timeline)), [], method)
            let notes = Gaps16BTests.notes(timeline)
            XCTAssertFalse(notes.contains { $0.kind == .queueItemsLeft }, "\(method): \(notes.map(\.text))")
        }
    }
}
