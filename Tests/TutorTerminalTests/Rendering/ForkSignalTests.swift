import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 6's fork and signal gaps (corpus/g6f_*.py; docs/truth-review.md): a hand-forked child's own normal end, signals
/// other than SIGKILL/SIGTERM and os.killpg(), and what sys.exit() was given in run().
final class ForkSignalTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))
    private let forkName = JSONValue.string("fork of MainProcess (pid 101)")

    /// A hand fork whose own end is `exit` and whose parent's os.waitpid() saw `reaped`; signals sent before it ends.
    private func script(exit: [(String, JSONValue)]?, reaped: Int64, signals: [(EventKind, [(String, JSONValue)])] = []) -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(101)), ("name", forkName), ("daemon", .bool(false)), ("os_fork", .bool(true))])
        s.add(2, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .processStart,
              [("name", forkName), ("role", .string("child")), ("os_fork", .bool(true))])
        var t = 3.0
        for (kind, fields) in signals {
            s.add(t, pid: 100, process: "MainProcess", kind, [("child_pid", .int(101)), ("name", forkName)] + fields)
            t += 1
        }
        if let exit { s.add(50, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .processExit, exit) }
        s.add(60, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(101)), ("name", forkName), ("exitcode", .int(reaped)), ("call", .string("os.waitpid()"))])
        return s
    }

    private func rows(_ timeline: Timeline) -> [String] {
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    private func checked(_ timeline: Timeline) -> [Note] {
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        return notes
    }

    /// Before: a hand fork ending by sys.exit(3) recorded no end of its own (only its parent's wait said it).
    func testASysExitInAHandForkIsItsOwnEndWithWhatItWasGiven() {
        let timeline = script(exit: [("exitcode", .int(3)), ("via", .string("sys.exit()")), ("exit_arg", .string("3"))], reaped: 3).timeline()
        XCTAssertEqual(rows(timeline)[2], "sys.exit(3): exits, code 3")
        let notes = checked(timeline).filter { $0.text.contains("exited with code") }
        XCTAssertEqual(notes.map(\.text), ["fork of MainProcess (pid 101) exited with code 3: the child called sys.exit(3)."])
        XCTAssertEqual(timeline.processes.first { $0.pid == 101 }?.exitCode, 3)
    }

    func testTheEndOfTheScriptIsCodeZeroAndSaysSo() {
        let timeline = script(exit: [("exitcode", .int(0)), ("via", .string("end of script"))], reaped: 0).timeline()
        XCTAssertEqual(rows(timeline)[2], "reached the end of the script: exits, code 0")
        XCTAssertFalse(checked(timeline).contains { $0.text.contains("exited with code") })
    }

    /// raise SystemExit(4): the child cannot see the code; its row says so, and the code comes from the parent's wait.
    func testASystemExitWhoseCodeTheChildCannotSeeLeavesTheCodeToTheParent() {
        let timeline = script(exit: [("exitcode", .null), ("via", .string("SystemExit"))], reaped: 4).timeline()
        XCTAssertTrue(rows(timeline)[2].contains("its code is not known to the child"), rows(timeline)[2])
        XCTAssertEqual(timeline.processes.first { $0.pid == 101 }?.exitCode, 4)
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: timeline.events.count - 1).processes.first { $0.pid == 101 }?.exitCode, 4)
        let notes = checked(timeline).filter { $0.text.contains("exited with code") }
        XCTAssertEqual(notes.map(\.text), ["fork of MainProcess (pid 101) exited with code 4: a SystemExit not raised by sys.exit() ended it "
                                           + "(raise SystemExit(…)); the child could not see its code, its parent's wait did."])
    }

    /// One process, one exit: a child's own code that its parent's wait contradicts is a violation of the record.
    func testAnOwnEndThatTheParentsWaitContradictsIsAViolation() {
        let s = script(exit: [("exitcode", .int(3)), ("via", .string("sys.exit()")), ("exit_arg", .string("3"))], reaped: 0)
        let timeline = s.timeline()
        let recorded = s.events         // as the record would hold them (the timeline reads the contradicted one as process.exiting)
        let violations = InvariantChecker(timeline: timeline, notes: [], recorded: recorded).violations()
        XCTAssertTrue(violations.contains { $0.invariant == "one-exit" }, "\(violations)")
    }

    /// sys.exit(1) and sys.exit(True) both read "run() ended with sys.exit() (SystemExit)".
    func testRunsSystemExitSaysWhatItWasGiven() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processRunEnd, [("name", .string("Process-1")), ("exitcode", .int(1)), ("direct", .bool(false)),
                                                                   ("raised", .string("SystemExit")), ("exit_arg", .string("True"))])
        let at = s.add(2, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(1))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(1))])
        let note = Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == at }?.text
        XCTAssertEqual(note, "Process-1 exited with code 1: run() raised SystemExit(True), as sys.exit(True) does.")
    }

    /// os.kill(pid, 0), SIGSTOP, SIGCONT, a handled SIGUSR1 have rows; the SIGINT that ended the child is named with
    /// its sender, the handled SIGUSR1 is not called the cause.
    func testOtherSignalsHaveRowsAndTheOneThatEndedTheChildIsNamed() throws {
        func signal(_ n: Int64, _ name: String?) -> (EventKind, [(String, JSONValue)]) {
            (.processSignal, [("signum", .int(n)), ("signame", name.map(JSONValue.string) ?? .null), ("call", .string("os.kill()"))])
        }
        let timeline = script(exit: nil, reaped: -2, signals: [signal(0, nil), signal(19, "SIGSTOP"), signal(18, "SIGCONT"),
                                                                signal(10, "SIGUSR1"), signal(2, "SIGINT")]).timeline()
        XCTAssertEqual(Array(rows(timeline)[2..<7]), [
            "os.kill(pid 101, 0) → fork of MainProcess (pid 101): sends no signal, only checks that the process exists",
            "os.kill(pid 101, SIGSTOP) → fork of MainProcess (pid 101) (SIGSTOP stops it until a SIGCONT; it cannot be caught or ignored)",
            "os.kill(pid 101, SIGCONT) → fork of MainProcess (pid 101) (SIGCONT lets a stopped process run again)",
            "os.kill(pid 101, SIGUSR1) → fork of MainProcess (pid 101)",
            "os.kill(pid 101, SIGINT) → fork of MainProcess (pid 101)",
        ])
        let note = try XCTUnwrap(checked(timeline).first { $0.text.contains("was ended by") })
        XCTAssertTrue(note.text.contains("was ended by SIGINT (MainProcess sent it SIGINT with os.kill())"), note.text)
        XCTAssertFalse(note.text.contains("SIGUSR1"), note.text)
    }

    /// A SIGUSR1 the child handled, then a SIGKILL from elsewhere: SIGUSR1 is not the cause, and nothing is invented.
    func testAHandledSignalIsNeverCalledTheCauseOfDeath() {
        let usr1: (EventKind, [(String, JSONValue)]) = (.processSignal, [("signum", .int(10)), ("signame", .string("SIGUSR1")), ("call", .string("os.kill()"))])
        let timeline = script(exit: nil, reaped: -9, signals: [usr1]).timeline()
        let note = checked(timeline).first { $0.text.contains("was ended by") }?.text ?? ""
        XCTAssertTrue(note.contains("SIGKILL"), note)
        XCTAssertFalse(note.contains("SIGUSR1") || note.contains("sent it"), note)
    }

    func testOsKillpgIsNamedAsTheSender() throws {
        let term: (EventKind, [(String, JSONValue)]) = (.processTerminate, [("at_exit", .bool(false)), ("call", .string("os.killpg()"))])
        let timeline = script(exit: nil, reaped: -15, signals: [term]).timeline()
        XCTAssertEqual(rows(timeline)[2], "os.killpg(…, SIGTERM) → fork of MainProcess (pid 101) (pid 101, in that process group)")
        let note = try XCTUnwrap(checked(timeline).first { $0.text.contains("was ended by") })
        XCTAssertTrue(note.text.contains("(MainProcess sent it SIGTERM with os.killpg())"), note.text)
    }

    /// Text found in the tracer's side slot after a SIGKILL: said as found after the run, stamped when written.
    func testTextFoundAfterTheEndSaysSo() {
        var s = script(exit: nil, reaped: -9)
        s.add(10, pid: 101, ppid: 100, process: "fork of MainProcess (pid 101)", .print,
              [("stream", .string("stdout")), ("text", .string("line ")), ("partial", .bool(true)), ("found_after_end", .bool(true))])
        let timeline = s.timeline()
        XCTAssertTrue(rows(timeline).contains("print \"line \" (written here without a newline; the process was ended before its newline came, "
                                              + "and the tracer found the text after the run)"), "\(rows(timeline))")
    }

    func testTheNewPhrasesHaveChineseText() {
        for phrase in [Phrase.evExitKeyboardInterrupt, .evExitEndOfScript, .evExitSysExitArg, .evExitSystemExitUnknown, .evOsKillpg,
                       .evSignalProbe, .evSignalStop, .evSignalCont, .noteCalledOsCall, .noteExitForkSysExit, .noteExitRunSystemExit,
                       .noteExitSystemExitUnknown, .noteLockHeldAtFork, .evFoundAfterEnd] {
            XCTAssertNotNil(Phrase.chinese[phrase], "\(phrase)")
            XCTAssertNotEqual(Phrase.chinese[phrase], Phrase.english[phrase], "\(phrase)")
        }
    }
}

/// corpus/r5b_thread_lock_at_fork.py: a thread holds a threading.Lock when the main thread starts a child. Before, the
/// fork run said only "gave up waiting for Lock#1 after 300 ms"; the state at the fork shows why.
final class LockHeldAtForkTests: XCTestCase {
    private func notes(_ method: String) throws -> (Timeline, [Note]) {
        let path = BinaryHarness.repoRoot + "/corpus/transcripts/r5b_thread_lock_at_fork--\(method).jsonl"
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        return (timeline, notes)
    }

    func testAForkedChildWaitingForACopyOfALockAnotherThreadHeldIsTold() throws {
        let (timeline, found) = try notes("fork")
        let note = try XCTUnwrap(found.first { $0.kind == .lockHeldAtFork })
        XCTAssertTrue(timeline.events[note.eventIndex].is(.lockWait))
        XCTAssertTrue(note.text.hasPrefix("Lock#1 is a threading lock, and MainProcess · hold (another thread of MainProcess) held it when Process-1 was forked"), note.text)
    }

    func testSpawnAndForkserverChildrenGetNoSuchNote() throws {
        for method in ["spawn", "forkserver"] {
            XCTAssertFalse(try notes(method).1.contains { $0.kind == .lockHeldAtFork }, method)
        }
    }

    /// The premise fails once the holder released the lock before the child began (the fork may have come after it).
    func testThePremiseNeedsTheLockHeldUntilTheChildBegan() throws {
        let (timeline, found) = try notes("fork")
        let note = try XCTUnwrap(found.first { $0.kind == .lockHeldAtFork })
        guard case let .lockHeldAtFork(lock, holder, spawn, start)? = note.premise else { return XCTFail("no premise") }
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertTrue(NotePremise.lockHeldAtFork(lock: lock, holder: holder, spawnStep: spawn, startStep: start).holds(in: replayer))
        let release = try XCTUnwrap(timeline.events.indices.first { timeline.events[$0].is(.lockRelease) })
        XCTAssertFalse(NotePremise.lockHeldAtFork(lock: lock, holder: holder, spawnStep: spawn, startStep: release).holds(in: replayer))
    }
}
