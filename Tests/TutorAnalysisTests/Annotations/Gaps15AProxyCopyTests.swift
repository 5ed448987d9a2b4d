import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 15A, item 7 (r14_namespace_inplace_mutation): the copy note spoke of `ns.results.append` (once per process) and
/// never of `ns.config[key] = value` on the copy of the other attribute: one note per attribute changed in place.
final class Gaps15AProxyCopyTests: XCTestCase {
    private func read(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ attribute: String, _ value: String,
                      then method: String) {
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "Namespace#1",
              [("type", .string("Namespace")), ("method", .string("__getattribute__")), ("waited_ns", .int(100_000)),
               ("ok", .bool(true)), ("args", .string("('\(attribute)',)")), ("result", .string(value)), ("access", .string("read")),
               ("key", .string("'\(attribute)'")), ("value", .string(value)), ("copy_method", .string(method))])
    }

    func testEachAttributeChangedInPlaceOnACopyGetsOneNote() throws {
        var s = EventScript()
        read(&s, 10, "ForkPoolWorker-1", 11, "results", "[]", then: "append")
        read(&s, 12, "ForkPoolWorker-2", 12, "results", "[]", then: "append")     // the same attribute: said once
        read(&s, 14, "ForkPoolWorker-2", 12, "config", "{}", then: "__setitem__")
        read(&s, 16, "ForkPoolWorker-1", 11, "config", "{}", then: "__setitem__")
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .proxyCopyMutated }
        XCTAssertEqual(notes.map(\.eventIndex), [0, 2])
        XCTAssertTrue(notes[0].text.contains("its next step calls .append() on that copy"), notes[0].text)
        XCTAssertTrue(notes[1].text.hasPrefix("ForkPoolWorker-2 read Namespace#1.config through a Manager proxy and got a copy ({}); its next "
                                              + "step stores an item into that copy (Namespace#1.config[…] = …): the change stays in the copy"),
                      notes[1].text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }
}
