import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The links the exports draw that the terminal did not name before: set() → the waits it released, and
/// a pipe's send → the recv that got it.
final class CausalLinkerExportLinksTests: XCTestCase {
    func testSetLinksOnlyTheWaitsItReleased() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 2, process: "Waiter", .eventWait, object: "Event#1", [("timeout", .null)])
        s.add(2, pid: 3, process: "Impatient", .eventWait, object: "Event#1", [("timeout", .double(0.001))])
        s.add(3, pid: 3, process: "Impatient", .eventWake, object: "Event#1", [("waited_ns", .int(1_000_000)), ("outcome", .bool(false))])
        let set = s.add(5, pid: 1, process: "MainProcess", .eventSet, object: "Event#1")
        let wake = s.add(6, pid: 2, process: "Waiter", .eventWake, object: "Event#1", [("waited_ns", .int(5_000_000)), ("outcome", .bool(true))])
        // Waited on an event already set: no wait event, so nothing released it.
        s.add(7, pid: 4, process: "Late", .eventWake, object: "Event#1", [("waited_ns", .int(0)), ("outcome", .bool(true))])
        let links = CausalLinker.links(in: s.timeline()).filter { $0.kind == .wake }
        XCTAssertEqual(links.map(\.cause), [set])
        XCTAssertEqual(links.map(\.effect), [wake])
        XCTAssertEqual(links.first?.text, "woken by MainProcess's set() of Event#1 at 0.005 s")
    }

    func testPipeSendLinksToTheRecvOnTheOtherEndInOrder() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        let first = s.add(1, pid: 1, process: "MainProcess", .pipeSend, object: "Pipe#1", [("end", .string("A")), ("item", .string("'a'"))])
        let second = s.add(2, pid: 1, process: "MainProcess", .pipeSend, object: "Pipe#1", [("end", .string("A")), ("item", .string("'b'"))])
        let got1 = s.add(3, pid: 2, process: "Child", .pipeRecv, object: "Pipe#1", [("end", .string("B")), ("item", .string("'a'")), ("waited_ns", .int(0))])
        s.add(4, pid: 1, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("error", .string("EOFError"))])
        let got2 = s.add(5, pid: 2, process: "Child", .pipeRecv, object: "Pipe#1", [("end", .string("B")), ("item", .string("'b'")), ("waited_ns", .int(0))])
        let links = CausalLinker.links(in: s.timeline()).filter { $0.kind == .delivery }
        XCTAssertEqual(links.map { [$0.cause, $0.effect] }, [[first, got1], [second, got2]])
    }
}
