import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A lost update through a Manager proxy is stated only when the recorded values and round-trip times prove it.
final class ProxyRaceTests: XCTestCase {
    /// A proxy access ending at `ms` after a round trip of `rtt` ms.
    private func access(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ what: String, _ value: String, rtt: Double = 0.2) {
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "dict#1",
              [("type", .string("dict")), ("method", .string(what == "read" ? "__getitem__" : "__setitem__")),
               ("waited_ns", .int(Int64(rtt * 1_000_000))), ("ok", .bool(true)), ("access", .string(what)),
               ("key", .string("'n'")), ("value", .string(value))])
    }

    private func notes(_ s: EventScript) -> [Note] { Annotator(timeline: s.timeline()).notes().filter { $0.premise != nil } }

    func testOverlappingWritesAfterTwoReadsOfOneValueAreALostUpdateWithoutAnOrder() throws {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "5")
        access(&s, 10.1, "P-2", 12, "read", "5")
        access(&s, 10.5, "P-1", 11, "write", "6")
        access(&s, 10.6, "P-2", 12, "write", "6")      // its round trip began before P-1's write ended
        let found = notes(s)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].text.contains("P-1 and P-2 both read 5 from dict#1['n'] before either wrote back"), found[0].text)
        XCTAssertTrue(found[0].text.contains("cannot show which write the server ran second"), found[0].text)
        XCTAssertTrue(try XCTUnwrap(found[0].premise).holds(in: StateReplayer(timeline: s.timeline())))
    }

    func testWritesTheRecordOrdersAreToldInOrder() {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "5")
        access(&s, 10.1, "P-2", 12, "read", "5")
        access(&s, 10.5, "P-1", 11, "write", "6")
        access(&s, 11.5, "P-2", 12, "write", "6", rtt: 0.3)   // began at 11.2, after P-1's write ended
        let found = notes(s)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.text.contains("P-1 wrote 6, then P-2 wrote 6 without reading again") == true, found.first?.text ?? "")
    }

    func testAReadAfterTheOtherWriteIsNoRace() {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "5")
        access(&s, 10.5, "P-1", 11, "write", "6")
        access(&s, 11, "P-2", 12, "read", "6")
        access(&s, 11.5, "P-2", 12, "write", "7")
        XCTAssertEqual(notes(s), [])
    }

    /// A third process wrote the old value back while P-1's write was under way: P-2's read may have seen that write,
    /// after P-1's, so nothing is stated.
    func testAThirdWriteOfTheOldValueBetweenAWriteAndTheOtherReadStatesNothing() {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "5")
        access(&s, 10.5, "P-2", 12, "read", "5", rtt: 0.3)          // sent at 10.2
        access(&s, 10.55, "P-3", 13, "write", "5", rtt: 0.5)        // sent at 10.05
        access(&s, 10.6, "P-1", 11, "write", "6")                   // sent at 10.4
        access(&s, 10.9, "P-2", 12, "write", "6")
        XCTAssertEqual(notes(s), [])
        XCTAssertEqual(ProxyRace.all(in: s.timeline()), [])
    }

    /// The write that put the old value there overlaps the reads (a slow server: the reads were sent before its answer
    /// came back). Both reads saw its value, so both ran after it, and both ended before either write was sent: the
    /// race is proved (the CI run of manager_value_race that lost 20 updates with no note had round trips this long).
    func testTheWriteThatMadeTheOldValueMayOverlapTheReads() throws {
        var s = EventScript()
        access(&s, 10.0, "P-1", 11, "read", "5")                    // sent at 9.8, before the next write's answer
        access(&s, 10.05, "P-2", 12, "write", "5", rtt: 0.55)       // sent at 9.5: it put the 5 there
        access(&s, 10.2, "P-2", 12, "read", "5", rtt: 0.1)
        access(&s, 10.5, "P-1", 11, "write", "6")                   // sent at 10.3, after both reads ended
        access(&s, 10.6, "P-2", 12, "write", "6")
        XCTAssertEqual(ProxyRace.all(in: s.timeline()).count, 1)
        let found = notes(s)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(try XCTUnwrap(found.first?.premise).holds(in: StateReplayer(timeline: s.timeline())))
    }

    /// P-1 stalled between its read and its write while P-2 made three updates: P-1's stale write wiped them all. The race
    /// is with P-2's first write after the read that saw the same value, not with its latest.
    func testAStaleWriteAfterManyUpdatesRacesWithTheFirstOfThem() throws {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "5")
        access(&s, 10.3, "P-2", 12, "read", "5")
        access(&s, 10.6, "P-2", 12, "write", "6")
        access(&s, 10.9, "P-2", 12, "read", "6")
        access(&s, 11.2, "P-2", 12, "write", "7")
        access(&s, 11.5, "P-2", 12, "read", "7")
        access(&s, 11.8, "P-2", 12, "write", "8")
        access(&s, 12.5, "P-1", 11, "write", "6")
        let races = ProxyRace.all(in: s.timeline())
        XCTAssertEqual(races.count, 1)
        XCTAssertEqual(races.first?.writeA, 2, "P-2's first write, the one after reading 5")
        let found = notes(s)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.text.contains("P-2 and P-1 both read 5 from dict#1['n']") == true, found.first?.text ?? "")
        XCTAssertTrue(try XCTUnwrap(found.first?.premise).holds(in: StateReplayer(timeline: s.timeline())))
    }

    /// An older transcript has no access fields: reads and writes come from the method and its recorded arguments.
    func testAnOlderTranscriptIsReadFromItsArguments() {
        var s = EventScript()
        for (ms, who, pid, method, args, result) in [(10.0, "P-1", Int32(11), "__getitem__", "('n',)", "5"), (10.1, "P-2", 12, "__getitem__", "('n',)", "5"),
                                                     (10.5, "P-1", 11, "__setitem__", "('n', 6)", "None"), (10.6, "P-2", 12, "__setitem__", "('n', 6)", "None")] {
            s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string(method)), ("waited_ns", .int(200_000)), ("ok", .bool(true)),
                   ("args", .string(args)), ("result", .string(result))])
        }
        XCTAssertEqual(ProxyRace.all(in: s.timeline()).count, 1)
    }
}
