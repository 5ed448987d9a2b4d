import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A sibling that inherited a Pipe's write end at its fork (gaps 12A, corpus/g12a_pipe_sibling_inherited_hang.py):
/// MainProcess made the Pipe, forked Reader and Writer, and closed both its ends; Writer sent and ended; Reader's
/// recv() "until EOFError" waits forever, for Reader itself holds the copy of end B it began with. The hang's "Why"
/// only said that Reader waited in recv(): the pipe-end explanation held only for the process that made the Pipe.
final class PipeEndInheritedHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    /// `method` of Reader's start; `closedBeforeFork`: MainProcess closed end B before it forked Reader; `readerCloses`:
    /// Reader closed its end B.
    private func scenario(method: String = "fork", closedBeforeFork: Bool = false, readerCloses: Bool = false) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        if closedBeforeFork { s.add(2, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("B")), ("dropped", .bool(false))]) }
        for (at, pid, name) in [(3.0, Int32(201), "Reader"), (3.5, 202, "Writer")] {
            s.add(at, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("daemon", .bool(false)), ("method", .string(method))])
            s.add(at + 0.2, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child")), ("parent_pid", .int(100))])
        }
        if !closedBeforeFork {
            s.add(5, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("A")), ("dropped", .bool(false))])
            s.add(5, pid: 100, process: "MainProcess", .pipeClose, object: "Pipe#1", [("end", .string("B")), ("dropped", .bool(false))])
        }
        if readerCloses { s.add(6, pid: 201, ppid: 100, process: "Reader", .pipeClose, object: "Pipe#1", [("end", .string("B")), ("dropped", .bool(false))]) }
        for item in ["'alpha'", "'beta'"] {
            s.add(7, pid: 202, ppid: 100, process: "Writer", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string(item))])
            s.add(8, pid: 201, ppid: 100, process: "Reader", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string(item)), ("waited_ns", .int(0))])
        }
        s.add(9, pid: 202, ppid: 100, process: "Writer", .processExit, [("exitcode", .int(0))])
        s.add(10, pid: 201, ppid: 100, process: "Reader", .pipeWait, object: "Pipe#1", [("end", .string("A"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testAForkedReaderThatInheritedTheWriteEndIsExplained() throws {
        let timeline = scenario()
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.contains("EOFError") })
        XCTAssertEqual(reason.text, "Reader waits in recv() on Pipe#1 end A, and nothing more can come: Writer, the only process that sent on end B, "
                       + "has ended. recv() raises EOFError only once every copy of end B is closed, in every process, and Reader itself still "
                       + "holds one: it was started by fork after MainProcess made the Pipe, so it began with a copy of every end MainProcess had "
                       + "open, end B among them, and no close() of its end B was recorded. Under fork, give the reader the end it must not keep "
                       + "and close it first thing there (w.close()), or use spawn or forkserver, whose children get only the ends they are given.")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// Started by spawn (the end only pickled to it), forked after its parent had closed end B, or closed by Reader: not said.
    func testNotSaidWhenTheReaderDidNotInheritOrClosedIt() {
        for timeline in [scenario(method: "spawn"), scenario(closedBeforeFork: true), scenario(readerCloses: true)] {
            XCTAssertFalse(HangExplainer(timeline: timeline).reasons().contains { $0.text.contains("EOFError") })
        }
    }
}
