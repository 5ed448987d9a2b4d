import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// os.fork() called by the program itself (corpus/r4_os_fork_direct.py, r5f_os_fork_ends.py): before, no fork row, the
/// child's end "not recorded", and a SIGKILL the parent sent with os.kill() explained as "may have signalled itself".
final class HandForkDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
    private let forkName = JSONValue.string("fork of MainProcess (pid 101)")

    private func script() -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(101)), ("name", forkName), ("daemon", .bool(false)), ("os_fork", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processJoinWait,
              [("child_pid", .int(101)), ("name", forkName), ("timeout", .null), ("call", .string("os.waitpid()"))])
        s.add(3, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .processStart,
              [("name", forkName), ("role", .string("child")), ("os_fork", .bool(true))])
        s.add(4, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .print,
              [("stream", .string("stdout")), ("text", .string("half")), ("partial", .bool(true)), ("found_after_ns", .int(200_000_000))])
        s.add(204, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .processExit,
              [("exitcode", .int(5)), ("via", .string("os._exit"))])
        s.add(205, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(101)), ("name", forkName), ("exitcode", .int(5)), ("call", .string("os.waitpid()"))])
        s.add(205, pid: 100, process: "MainProcess", .processJoin,
              [("child_pid", .int(101)), ("name", forkName), ("waited_ns", .int(203_000_000)), ("timeout", .null), ("call", .string("os.waitpid()"))])
        return s
    }

    func testAHandForkItsWaitItsEndAndTextFoundAtOsExitAreSaidAsTheyWere() {
        let timeline = script().timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "os.fork() → fork of MainProcess (pid 101)",
            "waits in os.waitpid() for fork of MainProcess (pid 101)",
            "fork of MainProcess (pid 101) started (pid 101, parent 100)",
            "print \"half\" (written here without a newline; the tracer found it 200 ms later, at os._exit)",
            "os._exit(5): ended at once (no cleanup, no flush)",
            "os.waitpid() sees fork of MainProcess (pid 101) end: exitcode 5",
            "os.waitpid() returned for fork of MainProcess (pid 101) after 203 ms",
        ])
        XCTAssertTrue(WaitLedger(timeline).unfinished.isEmpty)
        XCTAssertEqual(ProcessCensus(timeline).members.count, 2)
    }

    /// The parent's os.kill(pid, SIGKILL): the note names it, and its premise holds in the state model.
    func testASigkillSentWithOsKillIsNamedAsTheCause() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(101)), ("name", forkName), ("daemon", .bool(false)), ("os_fork", .bool(true))])
        s.add(3, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .processStart,
              [("name", forkName), ("role", .string("child")), ("os_fork", .bool(true))])
        s.add(100, pid: 100, process: "MainProcess", .processKill,
              [("child_pid", .int(101)), ("name", forkName), ("call", .string("os.kill()"))])
        s.add(101, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(101)), ("name", forkName), ("exitcode", .int(-9)), ("call", .string("os.wait()"))])
        let timeline = s.timeline()
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(3),
                       "os.kill(pid 101, SIGKILL) → fork of MainProcess (pid 101)")
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.text.contains("SIGKILL") })
        XCTAssertTrue(note.text.contains("(MainProcess sent it SIGKILL with os.kill())"), note.text)
        XCTAssertFalse(note.text.contains("may have signalled itself"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }
}
