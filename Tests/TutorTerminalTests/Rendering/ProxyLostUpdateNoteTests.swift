import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Lost updates of a proxy counter are proved whole.
final class ProxyLostUpdateNoteTests: XCTestCase {
    /// r6a_manager_counter_pool_lock: the unlocked Manager dict counter's note gave a floor ("the record proves 2 lost
    /// updates; more may hide") where the program lost 10. The proxy calls' values prove the whole figure.
    func testAProxyCountersLostUpdatesAreProvedWhole() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func call(_ ms: Double, _ pid: Int32, _ name: String, _ access: String, _ value: Int64) {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1", [
                ("type", .string("dict")), ("method", .string(access == "read" ? "__getitem__" : "__setitem__")),
                ("waited_ns", .int(500_000)), ("ok", .bool(true)), ("args", .string("('n')")), ("result", .string("None")),
                ("access", .string(access)), ("key", .string("'n'")), ("value", .string(String(value)))])
        }
        call(1, 100, "MainProcess", "write", 0)
        call(3, 201, "Process-1", "read", 0)
        call(3.2, 202, "Process-2", "read", 0)
        call(5, 201, "Process-1", "write", 1)
        call(6, 202, "Process-2", "write", 1)
        call(8, 201, "Process-1", "read", 1)
        call(9, 201, "Process-1", "write", 2)
        call(20, 100, "MainProcess", "read", 2)
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .lostUpdate }
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].text.hasSuffix(" The values prove the whole figure: each of the 3 writes to dict#1['n'] (Process-1, Process-2) "
                                              + "stored the value its writer had just read + 1. Had every update landed, dict#1['n'] would have gone "
                                              + "from 0 to 3; MainProcess read 2 in a call sent after every write's answer had come back: 2 of the 3 "
                                              + "updates landed, 1 lost."), notes[0].text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().count, 0)
    }
}
