import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Listener/Client connection's two sides are linked and explained like a Pipe's two ends; an unpaired side (its
/// own object) is never linked to a message of another connection.
final class ConnectionSidesTests: XCTestCase {
    func testSendOnOneSideLinksToTheRecvOnTheOtherOnly() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 1, process: "MainProcess", .connectionOpen, object: "Connection#1", [("end", .string("listener")), ("paired", .bool(true))])
        s.add(2, pid: 2, process: "Process-1", .connectionOpen, object: "Connection#1", [("end", .string("client")), ("paired", .bool(true))])
        s.add(3, pid: 3, process: "Process-2", .connectionOpen, object: "Connection#2", [("end", .string("client")), ("paired", .bool(false))])
        let ask = s.add(4, pid: 2, process: "Process-1", .pipeSend, object: "Connection#1", [("end", .string("client")), ("item", .string("'q'"))])
        s.add(5, pid: 3, process: "Process-2", .pipeSend, object: "Connection#2", [("end", .string("client")), ("item", .string("'lost'"))])
        let got = s.add(6, pid: 1, process: "MainProcess", .pipeRecv, object: "Connection#1", [("end", .string("listener")), ("item", .string("'q'")), ("waited_ns", .int(0))])
        let answer = s.add(7, pid: 1, process: "MainProcess", .pipeSend, object: "Connection#1",
                           [("end", .string("listener")), ("item", .string("b'a'")), ("call", .string("send_bytes()"))])
        let back = s.add(8, pid: 2, process: "Process-1", .pipeRecv, object: "Connection#1",
                         [("end", .string("client")), ("item", .string("b'a'")), ("waited_ns", .int(0)), ("call", .string("recv_bytes()"))])
        s.add(9, pid: 1, process: "MainProcess", .pipeRecv, object: "Connection#1", [("end", .string("listener")), ("item", .string("'x'")), ("waited_ns", .int(0))])
        let links = CausalLinker.pairs(in: s.timeline()).filter { $0.kind == .delivery }
        XCTAssertEqual(links.map { [Int($0.cause), Int($0.effect)] }, [[ask, got], [answer, back]])
    }

    func testABlockedRecvBytesIsNamedWithItsSide() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 2, process: "Process-1", .processStart, [("role", .string("child"))])
        s.add(2, pid: 2, process: "Process-1", .pipeWait, object: "Connection#1", [("end", .string("client")), ("call", .string("recv_bytes()"))])
        s.add(3, pid: 1, process: "MainProcess", .pipeWait, object: "Pipe#1", [("end", .string("A"))])
        let state = StateReplayer(timeline: s.timeline()).state(after: 3)
        XCTAssertEqual(state.blocked.map(\.what), ["waits in recv_bytes() on Connection#1 (client side)", "waits in recv() on Pipe#1 end A"])
        let ledger = WaitLedger(s.timeline())
        XCTAssertEqual(ledger.unfinished.map(\.call), ["recv_bytes()", "recv()"])
    }

    func testAPollThatWaitedIsEndedByItsPoll() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 1, process: "MainProcess", .pipeWait, object: "Connection#1", [("end", .string("client")), ("call", .string("poll()"))])
        s.add(2, pid: 1, process: "MainProcess", .pipePoll, object: "Connection#1",
              [("end", .string("client")), ("ready", .bool(false)), ("waited_ns", .int(50_000_000)), ("timeout", .double(0.05))])
        let timeline = s.timeline()
        XCTAssertEqual(WaitLedger(timeline).waits.map(\.endIndex), [2])
        XCTAssertEqual(WaitLedger(timeline).waits.map(\.call), ["poll()"])
        XCTAssertTrue(StateReplayer(timeline: timeline).state(after: 2).blocked.isEmpty)
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: 1).blocked.map(\.what), ["waits in poll() on Connection#1 (client side)"])
    }

    func testEndsInWords() {
        XCTAssertEqual(TraceEvent.otherEnd("listener"), "client")
        XCTAssertEqual(TraceEvent.otherEnd("B"), "A")
        XCTAssertNil(TraceEvent.otherEnd("C"))
        XCTAssertEqual(Phrase.connectionClientSide.text(in: .zh), "Client 端")
    }
}
