import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A recv() "until EOFError" that never ends because its own process still holds the Pipe's other end (truth review
/// round 11, corpus/r11_pipe_eof_parent_copy_hang.py): the hang's "Why" only repeated that MainProcess waited in recv().
final class PipeEndHeldHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func run(parentCloses: Bool, childAlive: Bool = false) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        if parentCloses { s.add(3, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("B")), ("dropped", .bool(false))]) }
        for item in ["'alpha'", "'beta'"] {
            s.add(5, pid: 201, ppid: 100, process: "Process-1", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string(item))])
            s.add(6, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string(item)), ("waited_ns", .int(0))])
        }
        if !childAlive { s.add(8, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))]) }
        s.add(9, pid: 100, process: "MainProcess", .pipeWait, object: "Pipe#1", [("end", .string("A"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testARecvWhoseOwnProcessHoldsTheOtherEndIsExplained() throws {
        let timeline = run(parentCloses: false)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.contains("EOFError") })
        XCTAssertEqual(reason.text, "MainProcess waits in recv() on Pipe#1 end A, and nothing more can come: Process-1, the only process that sent "
                       + "on end B, has ended. recv() raises EOFError only once every copy of end B is closed, in every process, and MainProcess "
                       + "itself still holds one: it made the Pipe, and no close() of its end B was recorded. Close the end you give a child in "
                       + "the parent right after start() (w.close()), so that the child's close, or its end, is the last one.")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    func testNoSuchReasonWhenTheParentClosedItsCopyOrTheSenderLives() {
        for timeline in [run(parentCloses: true), run(parentCloses: false, childAlive: true)] {
            XCTAssertFalse(HangExplainer(timeline: timeline).reasons().contains { $0.text.contains("EOFError") })
        }
    }
}
