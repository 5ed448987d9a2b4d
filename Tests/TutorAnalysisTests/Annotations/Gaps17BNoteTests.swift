import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 17B (gaps 16A Left 2): check-then-set shapes gaps 15B and 16A did not take, as g17b_check_then_set_forms
/// writes them: `get(key, None)` then a set, and `setdefault()` then a set.
final class Gaps17BNoteTests: XCTestCase {
    /// Process-2 and Process-3 each call `method` on dict#1 with `args` (B's own `bArgs`) and get `result`, before either
    /// sets 'k' (a write recorded with its access fields, as the tracer writes it).
    private func race(method: String = "get", args: String = "('k', None)", bArgs: String? = nil, result: String = "None") -> (Timeline, set: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (pid, name) in [(20 as Int32, "Process-2"), (30, "Process-3")] {
            s.add(1, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        func test(_ ms: Double, _ pid: Int32, _ name: String, _ args: String) {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string(method)), ("waited_ns", .int(500_000)), ("ok", .bool(true)),
                   ("args", .string(args)), ("result", .string(result))])
        }
        func set(_ ms: Double, _ pid: Int32, _ name: String, _ value: String) -> Int {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string("__setitem__")), ("waited_ns", .int(2_000_000)), ("ok", .bool(true)),
                   ("args", .string("('k', \(value))")), ("result", .string("None")), ("access", .string("write")), ("key", .string("'k'")),
                   ("value", .string(value))])
        }
        test(100, 20, "Process-2", args)
        test(101, 30, "Process-3", bArgs ?? args)
        _ = set(400, 20, "Process-2", "'by A'")
        let later = set(402, 30, "Process-3", "'by B'")
        return (s.timeline(), later)
    }

    /// `if cache.get("k", None) is None: cache["k"] = …` in two processes: the same test as `get("k")`, written with its
    /// default; gaps 15B took only a one-argument get.
    func testTwoGetsWithANoneDefaultThatReturnedNoneBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = race()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertEqual(note.text, "Process-2 and Process-3 both read dict#1.get('k', None) and got None (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had stored it; so each set dict#1['k'] (Process-2 at 0.400 s, Process-3 at 0.402 s). A get() and a set are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to store it. Hold one Manager Lock around the get() and the set")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
        // another default (what came back may be a stored value), or B's get written otherwise: no check-then-set note
        XCTAssertFalse(Annotator(timeline: race(args: "('k', 0)", result: "0").0).notes().contains { $0.kind == .checkThenSet })
        XCTAssertFalse(Annotator(timeline: race(bArgs: "('k',)").0).notes().contains { $0.kind == .checkThenSet })
        XCTAssertFalse(Annotator(timeline: race(args: "('k', None, 1)").0).notes().contains { $0.kind == .checkThenSet })
    }

    /// `v = cache.setdefault("s", 0)` then `cache["s"] = …` in two processes, both setdefault() calls returning 0 before
    /// either set: setdefault tests and inserts in one call (no check-then-set), but what it returned is what the item
    /// held, and each set wrote without reading again: round 13's lost update, which took no setdefault as a read.
    func testASetdefaultThenASetInTwoProcessesIsALostUpdateNotACheckThenSet() throws {
        let (timeline, set) = race(method: "setdefault", args: "('k', 0)", result: "0")
        XCTAssertEqual(ProxyRace.all(in: timeline).map(\.writeB), [set])
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .lostUpdate })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertTrue(note.text.contains("both read 0 from dict#1['k']"), note.text)
        XCTAssertFalse(notes.contains { $0.kind == .checkThenSet })
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }
}
