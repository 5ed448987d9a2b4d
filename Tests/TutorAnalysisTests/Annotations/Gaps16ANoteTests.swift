import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 16A: a check-then-set race on a Manager Namespace's attribute (g16a_namespace_check_then_set).
final class Gaps16ANoteTests: XCTestCase {
    /// A and B each read ns.`attr` (B's read returning `bResult`, or raising `bError`), then set it.
    private func attrRace(attr: String = "winner", aResult: String? = "None", bResult: String? = "None",
                          bError: String? = nil, setter: String = "__setattr__") -> (Timeline, set: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (pid, name) in [(20 as Int32, "Process-2"), (30, "Process-3")] {
            s.add(1, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        func read(_ ms: Double, _ pid: Int32, _ name: String, _ result: String?, _ error: String?) {
            var fields: [(String, JSONValue)] = [("type", .string("Namespace")), ("method", .string("__getattribute__")),
                                                 ("waited_ns", .int(500_000)), ("ok", .bool(error == nil)),
                                                 ("args", .string("('\(attr)',)")), ("result", result.map { .string($0) } ?? .null)]
            if let error { fields.append(("error", .string(error))) }
            s.add(ms, pid: pid, process: name, .managerCall, object: "Namespace#1", fields)
        }
        func set(_ ms: Double, _ pid: Int32, _ name: String, _ value: String) -> Int {
            s.add(ms, pid: pid, process: name, .managerCall, object: "Namespace#1",
                  [("type", .string("Namespace")), ("method", .string(setter)), ("waited_ns", .int(2_000_000)), ("ok", .bool(true)),
                   ("args", .string("('\(attr)', \(value))")), ("result", .string("None")), ("access", .string("write")),
                   ("key", .string("'\(attr)'")), ("value", .string(value))])
        }
        read(100, 20, "Process-2", aResult, aResult == nil ? "AttributeError" : nil)
        read(101, 30, "Process-3", bError == nil ? bResult : nil, bError)
        _ = set(400, 20, "Process-2", "'A'")
        let later = set(402, 30, "Process-3", "'B'")
        return (s.timeline(), later)
    }

    func testTwoAttributeReadsThatGotNoneBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = attrRace()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertEqual(note.text, "Process-2 and Process-3 both read Namespace#1.winner and got None (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had set it; so each set Namespace#1.winner (Process-2 at 0.400 s, Process-3 at 0.402 s). Reading an attribute and setting it are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to set it. Hold one Manager Lock around the read and the set")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testTwoAttributeReadsThatRaisedAttributeErrorBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = attrRace(attr: "started", aResult: nil, bError: "AttributeError")
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertTrue(note.text.hasPrefix("Process-2 and Process-3 both read Namespace#1.started and found no such attribute (the read raised AttributeError, which is what hasattr() and getattr() with a default see) (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had set it; so each set Namespace#1.started"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testAttributeReadsThatDoNotProveTheRaceGetNoNote() {
        func raced(_ t: (Timeline, set: Int)) -> Bool { Annotator(timeline: t.0).notes().contains { $0.kind == .checkThenSet } }
        XCTAssertFalse(raced(attrRace(bResult: "'A'")))                     // B read a value: it saw A's set, or another
        XCTAssertFalse(raced(attrRace(bResult: "False")))                   // A got None, B False: not the same reading
        XCTAssertFalse(raced(attrRace(aResult: nil, bResult: "None")))      // one raised, one got None
        XCTAssertFalse(raced(attrRace(bError: "KeyError")))                 // not a missing attribute
        XCTAssertFalse(raced(attrRace(setter: "__setitem__")))              // a read paired with an item set
        XCTAssertFalse(raced(attrRace(attr: "a b")))                        // not a name the program could write as ns.x
        // the premise asks the calls again: one pairing a read with the other caller's set does not hold
        let (timeline, _) = attrRace()
        XCTAssertTrue(NotePremise.checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: 5, setB: 6), count: 1)
            .holds(in: StateReplayer(timeline: timeline)))
        let race = CheckThenSet(testA: 3, testB: 4, setA: 6, setB: 5)
        XCTAssertFalse(NotePremise.checkThenSet(race, count: 1).holds(in: StateReplayer(timeline: timeline)))
    }
}
