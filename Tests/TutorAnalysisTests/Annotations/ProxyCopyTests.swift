import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `d["plain"].append(1)` on a list read through a dict proxy changes a local copy (r4_manager_namespace_nested): the note
/// says so only when the tracer saw the program call a mutating method on the copy (`copy_method`).
final class ProxyCopyTests: XCTestCase {
    private func read(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ value: String, then method: String? = nil) {
        var fields: [(String, JSONValue)] = [("type", .string("dict")), ("method", .string("__getitem__")), ("waited_ns", .int(100_000)),
                                             ("ok", .bool(true)), ("access", .string("read")), ("key", .string("'plain'")), ("value", .string(value))]
        if let method { fields.append(("copy_method", .string(method))) }
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "dict#1", fields)
    }

    func testAMutatingMethodOnACopyGetsANoteWithTheLaterRead() throws {
        var s = EventScript()
        read(&s, 10, "Process-1", 11, "[]", then: "append")
        read(&s, 11, "Process-1", 11, "[]", then: "append")     // the same process, item and method: said once
        read(&s, 20, "MainProcess", 10, "[]")
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .proxyCopyMutated }
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes[0].eventIndex, 0)
        XCTAssertTrue(notes[0].text.contains("Process-1 read dict#1['plain'] through a Manager proxy and got a copy ([]); its next step calls .append()"),
                      notes[0].text)
        XCTAssertTrue(notes[0].text.hasSuffix("Later MainProcess read dict#1['plain']: []."), notes[0].text)
        XCTAssertTrue(try XCTUnwrap(notes[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    /// r11_manager_dict_of_lists: after the copies' appends, MainProcess read [] (the bug shown); a later process stored
    /// [0, 1, 2] back and MainProcess read that. The note's "later" read is the one before that write.
    func testTheLaterReadIsTheLastOneBeforeTheItemIsWrittenAgain() throws {
        var s = EventScript()
        read(&s, 10, "Process-1", 11, "[]", then: "append")
        read(&s, 20, "MainProcess", 10, "[]")
        s.add(30, pid: 12, process: "Process-2", EventKind.managerCall, object: "dict#1",
              [("type", .string("dict")), ("method", .string("__setitem__")), ("waited_ns", .int(100_000)), ("ok", .bool(true)),
               ("access", .string("write")), ("key", .string("'plain'")), ("value", .string("[0, 1, 2]"))])
        read(&s, 40, "MainProcess", 10, "[0, 1, 2]")
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .proxyCopyMutated }
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].text.hasSuffix("Later MainProcess read dict#1['plain']: []."), notes[0].text)
        XCTAssertTrue(try XCTUnwrap(notes[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        // A premise naming the read after the write is refused.
        XCTAssertFalse(NotePremise.proxyCopyMutated(step: 0, later: 3).holds(in: StateReplayer(timeline: timeline)))
    }

    func testAReadWithoutAMutationOrOfAProxySaysNothing() {
        var s = EventScript()
        read(&s, 10, "Process-1", 11, "[]")
        read(&s, 12, "Process-1", 11, "<ListProxy>", then: "append")     // a nested proxy: the change is kept (never recorded so, but refused)
        let notes = Annotator(timeline: s.timeline()).notes().filter { $0.kind == .proxyCopyMutated }
        XCTAssertEqual(notes, [])
    }
}
