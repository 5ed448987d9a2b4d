import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 7B of the truth review (docs/truth-review.md): operational and failure programs nobody here wrote.
final class TruthRound7BDescriberTests: XCTestCase {
    /// r7b_broken_pipe: a send() that raised BrokenPipeError had no row; now it has one that says it raised, and the
    /// later recv() on the other end is never linked to it as its delivery.
    func testASendThatRaisedSaysSoAndDeliversNothing() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeSend, object: "Pipe#1",
              [("end", .string("A")), ("item", .string("'message 0'")), ("error", .string("BrokenPipeError: [Errno 32] Broken pipe"))])
        s.add(2, pid: 100, process: "MainProcess", .pipeSend, object: "Pipe#2",
              [("end", .string("B")), ("item", .string("'x'")), ("error", .string("OSError: connection is read-only"))])
        s.add(3, pid: 201, process: "Process-1", .pipeRecv, object: "Pipe#2", [("end", .string("A")), ("item", .string("'x'")), ("waited_ns", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let rows = [1, 2].map(describer.describe)
        XCTAssertTrue(rows[0].hasPrefix("send 'message 0' on Pipe#1 end A raised BrokenPipeError: [Errno 32] Broken pipe"), rows[0])
        XCTAssertTrue(rows[0].contains("not delivered"), rows[0])
        XCTAssertTrue(rows[1].hasPrefix("send 'x' on Pipe#2 end B raised OSError: connection is read-only"), rows[1])
        XCTAssertEqual(CausalLinker.pairs(in: timeline).filter { $0.kind == .delivery }, [])
    }
}
