import XCTest
@testable import TutorCore

/// `EventKindIndex` answers as a scan of the events would: the events of the kinds asked for, in order, each once.
final class EventKindIndexTests: XCTestCase {
    /// Every kind in turn, a kind from a newer tracer (unknown here) among them, in an order that is not the kinds'.
    private func events(_ count: Int) -> [TraceEvent] {
        let names = EventKind.allCases.map(\.rawValue) + ["some.newer.kind"]
        // A stride that shares no factor with the count of names visits every name (7 alone missed most when 161).
        let stride = (7...).first { gcd($0, names.count) == 1 }!
        return (0..<count).map { i in
            TraceEvent(seq: i + 1, t: Int64(i), pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread",
                       kind: names[(i * stride) % names.count], fields: JSONObject())
        }
    }

    func testEachChoiceOfKindsIsTheScansAnswer() {
        let events = events(1_000)
        let index = EventKindIndex(events)
        XCTAssertTrue(index.covers(events.count))
        let all = EventKind.allCases
        let choices: [[EventKind]] = [[.print], [.lockAcquire, .queuePut, .processExit, .taskEnd], [.taskEnd, .lockAcquire],
                                      [.print, .print], Array(all.prefix(5)), Array(all.suffix(3)), all.enumerated().filter { $0.offset % 3 == 1 }.map(\.element), all, []]
        for kinds in choices {
            let found = index.indices(of: kinds)
            XCTAssertEqual(found, events.indices(of: kinds), "\(kinds.map(\.rawValue))")
            XCTAssertEqual(found, found.sorted())
        }
        XCTAssertFalse(index.indices(of: [.print]).isEmpty)
    }

    func testAnIndexCoversOnlyAsManyEventsAsItWasMadeFrom() {
        let events = events(300)
        let index = EventKindIndex(events)
        XCTAssertTrue(index.covers(300))
        XCTAssertFalse(index.covers(301))
        XCTAssertFalse(EventKindIndex().covers(1))
        XCTAssertEqual(EventKindIndex().indices(of: [.print]), [])
    }
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
