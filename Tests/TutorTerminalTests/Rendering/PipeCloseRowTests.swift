import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The rows of `pipe.close` (round 11): the program's close() of an end, and an end garbage-collected unclosed.
final class PipeCloseRowTests: XCTestCase {
    func testACloseAndADropAreSaidApart() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        let closed = s.add(2, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("B")), ("dropped", .bool(false))])
        let dropped = s.add(3, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("A")), ("dropped", .bool(true))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 160, isInteractive: false)
        let describer = EventDescriber(timeline: s.timeline(run: RunFacts()), painter: Painter(capabilities: caps))
        XCTAssertEqual(describer.describe(closed), "close() of Pipe#1 end B")
        XCTAssertEqual(describer.describe(dropped), "Pipe#1 end A was garbage-collected without close(), which closes it")
    }
}
