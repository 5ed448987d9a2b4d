import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A join(timeout) that gave up on a child stopped by SIGSTOP (truth review round 10B, corpus/r10b_stopped_child.py):
/// the row said "the child is still running", and nothing said it was stopped, nor that terminate()'s SIGTERM waited.
final class StoppedChildJoinNotesTests: XCTestCase {
    private func run(continued: Bool) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", "process.start", [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(5, pid: 201, ppid: 100, process: "Process-1", "process.signal.self",
              [("signum", .int(19)), ("signame", .string("SIGSTOP")), ("handler", .string("default")), ("function", .null), ("call", .string("os.kill()"))])
        s.add(500, pid: 100, process: "MainProcess", "process.terminate", [("child_pid", .int(201)), ("name", .string("Process-1")), ("at_exit", .bool(false))])
        if continued {
            s.add(600, pid: 100, process: "MainProcess", "process.signal",
                  [("child_pid", .int(201)), ("name", .string("Process-1")), ("signum", .int(18)), ("signame", .string("SIGCONT")), ("call", .string("os.kill()"))])
        }
        s.add(601, pid: 100, process: "MainProcess", "process.join.wait", [("child_pid", .int(201)), ("name", .string("Process-1")), ("timeout", .double(0.5))])
        let join = s.add(1101, pid: 100, process: "MainProcess", "process.join",
                         [("child_pid", .int(201)), ("name", .string("Process-1")), ("waited_ns", .int(500_000_000)),
                          ("timeout", .double(0.5)), ("timed_out", .bool(true))])
        return (s.timeline(), join)
    }

    func testAJoinThatGaveUpOnAStoppedChildSaysItWasStoppedAndTheSigtermWaits() throws {
        let (timeline, join) = run(continued: false)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == join })
        XCTAssertEqual(note.text, "Process-1 was not running: it had been stopped by SIGSTOP at 0.005 s (it sent it to itself with os.kill()), "
                       + "and a stopped process does nothing until SIGCONT lets it go on. The SIGTERM sent at 0.500 s waits meanwhile: a stopped "
                       + "process is ended by it only once it is continued (SIGKILL alone ends it at once).")
        XCTAssertEqual(note.premise, .childStoppedAtJoin(step: join, stopStep: 3))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// Continued before the join: no stop is claimed.
    func testAChildContinuedBeforeTheJoinGetsNoStoppedNote() {
        let (timeline, join) = run(continued: true)
        let notes = Annotator(timeline: timeline).notes().filter { $0.eventIndex == join }
        // only gaps 33B's note of what the record knows, which states no cause
        XCTAssertEqual(notes.map(\.kind), [.joinGaveUpChildUnrecorded])
        XCTAssertFalse(notes.contains { $0.text.contains("stopped") || $0.kind.statesCause })
    }
}
