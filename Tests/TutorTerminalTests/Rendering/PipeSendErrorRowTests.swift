import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A send() that raised says so and delivers nothing.
final class PipeSendErrorRowTests: XCTestCase {
    /// r7b_broken_pipe: a send() that raised BrokenPipeError had no row; now it has one that says it raised, and the
    /// later recv() on the other end is never linked to it as its delivery.
    func testASendThatRaisedSaysSoAndDeliversNothing() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#1",
              [("end", .string("A")), ("call", .string("send()")), ("error", .string("BrokenPipeError: [Errno 32] Broken pipe")), ("item", .string("'message 0'"))])
        s.add(2, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#2",
              [("end", .string("B")), ("call", .string("send()")), ("error", .string("OSError: connection is read-only")), ("item", .string("'x'"))])
        s.add(3, pid: 201, process: "Process-1", .pipeRecv, object: "Pipe#2", [("end", .string("A")), ("item", .string("'x'")), ("waited_ns", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let rows = [1, 2].map(describer.describe)
        XCTAssertTrue(rows[0].hasPrefix("send() of 'message 0' on Pipe#1 end A raised BrokenPipeError: [Errno 32] Broken pipe"), rows[0])
        XCTAssertTrue(rows[0].contains("nothing was sent (no process has the other end open any more)"), rows[0])
        XCTAssertTrue(rows[1].hasPrefix("send() of 'x' on Pipe#2 end B raised OSError: connection is read-only: nothing was sent"), rows[1])
        XCTAssertFalse(rows[1].contains("other end open"), rows[1])
        XCTAssertEqual(CausalLinker.pairs(in: timeline).filter { $0.kind == .delivery }, [])
    }
}
