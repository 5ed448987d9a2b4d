import XCTest
@testable import TutorCore

/// `EventKindSet` reads a kind's position from its stored byte: that must be its place in `allCases`, and the set
/// must hold exactly the kinds it was made of.
final class EventKindSetTests: XCTestCase {
    func testEachKindIsStoredAsItsPlaceInAllCases() {
        XCTAssertEqual(MemoryLayout<EventKind>.size, 1, "more than 256 kinds: EventKindSet needs more words")
        for (offset, kind) in EventKind.allCases.enumerated() { XCTAssertEqual(kind.position, offset, kind.rawValue) }
    }

    func testTheSetHoldsExactlyItsKinds() {
        let all = EventKind.allCases
        // Kinds from each of the set's words, and sets of one, of several and of none.
        let choices: [[EventKind]] = [[], [all[0]], [all[all.count - 1]], Array(all.prefix(70)), all.enumerated().filter { $0.offset % 3 == 1 }.map(\.element), all]
        for kinds in choices {
            let set = EventKindSet(kinds)
            for kind in all { XCTAssertEqual(set.contains(kind), kinds.contains(kind), "\(kind.rawValue) in \(kinds.count) kinds") }
        }
    }

    func testIndicesOfKindsAreThoseWhoseKindIsAmongThem() {
        let kinds: [EventKind] = [.lockAcquire, .queuePut, .processExit, .taskEnd]
        // Every kind in turn, and a kind from a newer tracer (unknown here) between them.
        let names = EventKind.allCases.map(\.rawValue) + ["some.newer.kind"]
        let events = (0..<400).map { i in
            TraceEvent(seq: i + 1, t: Int64(i), pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread",
                       kind: names[i % names.count], fields: JSONObject())
        }
        let expected = events.indices.filter { i in kinds.contains { events[i].is($0) } }
        XCTAssertGreaterThanOrEqual(expected.count, 4 * (400 / names.count))
        XCTAssertEqual(events.indices(of: .lockAcquire, .queuePut, .processExit, .taskEnd), expected)
        XCTAssertEqual(events.indices(of: .print), events.indices.filter { events[$0].is(.print) })
    }
}
