import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 6B of the truth review (docs/truth-review.md): programs nobody here wrote.
final class TruthRound6BDescriberTests: XCTestCase {
    /// A child's own end records (run.end, exit) with `code`, and its parent's reaping with the status the OS gave.
    private func exitRows(code: Int64, reaped: Int64) -> [String] {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processRunEnd, [("name", .string("Process-1")), ("exitcode", .int(code)),
                                                                 ("direct", .bool(false)), ("raised", .string("SystemExit"))])
        s.add(2, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(code))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(reaped))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// r6b_sys_exit_arguments: sys.exit(256) was "run() raised SystemExit (exit code 256); …; then it ended with exitcode 0
    /// (as its parent saw)" and "began to exit (code 256), but ended with exitcode 0": as if something had ended it. An
    /// exit status keeps the low 8 bits of the code: 256 is 0, and nothing else happened.
    func testAnExitCodeOutsideAByteIsTheStatusTheOSKeeps() {
        XCTAssertEqual(exitRows(code: 256, reaped: 0), [
            "run() raised SystemExit (exit code 0: it asked for 256, and an exit status keeps only the low 8 bits); cleaning up before exit",
            "exited, code 0 (it asked for 256, and an exit status keeps only the low 8 bits)",
            "sees Process-1 end: exitcode 0",
        ])
    }

    /// sys.exit(-1): the recorded -1 read as a signal ("ended by SIGHUP"); the OS makes it 255.
    func testANegativeExitCodeIsNotASignal() {
        XCTAssertEqual(exitRows(code: -1, reaped: 255), [
            "run() raised SystemExit (exit code 255: it asked for -1, and an exit status keeps only the low 8 bits); cleaning up before exit",
            "exited, code 255 (it asked for -1, and an exit status keeps only the low 8 bits)",
            "sees Process-1 end: exitcode 255",
        ])
    }

    /// Idempotent: the reader reconciles what the merger already reconciled.
    func testTheStatusIsReconciledOnce() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(512))])
        var events = s.transcript().events
        ExitReconciler.reconcile(&events)
        ExitReconciler.reconcile(&events)
        XCTAssertEqual(events[1].exitCode, 0)
        XCTAssertEqual(events[1].int(EventField.askedExitCode), 512)
        XCTAssertEqual(events[1].kind, EventKind.processExit.rawValue)
    }

    /// r6b_rlock_condition_predicate, rlock_reentrant, r6b_value_array_locks: an RLock taken again by its holder and
    /// released one level showed "acquired RLock#1", "released RLock#1" while the holder still held it; the next row,
    /// another process's "waits for RLock#1", then read as waiting for a free lock.
    func testAnRLockTakenAgainAndReleasedOneLevelSaysItIsStillHeld() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock"))])
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2", [("type", .string("Lock"))])
        for (t, kind) in [(3.0, EventKind.lockAcquire), (4, .lockAcquire), (5, .lockRelease), (6, .lockAcquire)] {
            s.add(t, pid: 203, process: "Process-3", kind, object: "RLock#1", [("waited_ns", .int(0))])
        }
        s.add(7, pid: 201, process: "Process-1", .lockWait, object: "RLock#1")
        s.add(8, pid: 203, process: "Process-3", .lockRelease, object: "RLock#1")
        s.add(9, pid: 203, process: "Process-3", .lockRelease, object: "RLock#1")
        s.add(10, pid: 201, process: "Process-1", .lockAcquire, object: "RLock#1", [("waited_ns", .int(3_000_000))])
        s.add(11, pid: 201, process: "Process-1", .lockRelease, object: "RLock#1")
        s.add(12, pid: 203, process: "Process-3", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(13, pid: 203, process: "Process-3", .lockRelease, object: "Lock#2")
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(timeline.events.indices.dropFirst(3).map(describer.describe), [
            "acquired RLock#1",
            "acquired RLock#1 again: its holder now holds it 2 levels deep",
            "released one level of RLock#1: still held (1 more release() frees it)",
            "acquired RLock#1 again: its holder now holds it 2 levels deep",
            "waits for RLock#1",
            "released one level of RLock#1: still held (1 more release() frees it)",
            "released RLock#1",
            "acquired RLock#1 after 3 ms",
            "released RLock#1",
            "acquired Lock#2",
            "released Lock#2",
        ])
    }

    /// r6b_terminate_during_put: terminate() of a child whose feeder thread was writing a 200 kB item; the parent's get()
    /// found the first bytes in the pipe and waits forever for the rest. Before, the get had no row (no wait was recorded)
    /// and the watchdog said only "last printed … then recorded nothing"; `mp-tutor check` failed the run.
    private func partialGetScript(withWait: Bool = true) -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("b'xxxx...")), ("depth", .int(1))])
        s.add(500, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(501, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(-15))])
        if withWait { s.add(502, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get")), ("partial", .bool(true))]) }
        s.add(4000, pid: 100, process: "MainProcess", .processExit, [("observed_by", .string("mp-tutor")), ("exitcode", .int(-15)), ("signal", .int(15))])
        return s
    }

    func testAGetWaitingForTheRestOfAnItemWhoseWriterWasKilledSaysItNeverComes() {
        let timeline = partialGetScript().timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 4))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(7), "waits to get from Queue#1: part of an item is in the pipe, but every process that put on it, Process-1, had ended: the rest of the item will never come")
        let replayer = StateReplayer(timeline: timeline)
        let notes = Annotator(timeline: timeline).notes()
        let watchdog = notes.first { $0.kind == .watchdog }
        XCTAssertTrue(watchdog?.text.contains("Why: MainProcess waits in get() on Queue#1 for the rest of an item: part of it was in the pipe, but every process that put on Queue#1 had ended (Process-1: exitcode -15) before its feeder thread had written the whole item, so the rest never comes.") == true, watchdog?.text ?? "no watchdog note")
        XCTAssertEqual(watchdog?.premise?.holds(in: replayer), true)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    /// An item still being written by a live feeder: the row says so, and no hang cause names it.
    func testAGetWaitingForTheRestOfAnItemStillBeingWrittenSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("b'yyyy..."))])
        s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get")), ("partial", .bool(true))])
        s.add(9, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("b'yyyy...")), ("waited_ns", .int(8_000_000))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(3), "waits to get from Queue#1: part of an item is in the pipe, and the rest is still to come (the putter's feeder thread is writing it)")
    }

    /// r6b_listener_authkey: the client with the wrong authkey had no row for its AuthenticationError (only the
    /// server's "refuses a client"); its own refusal says which side it is.
    func testAClientRefusedForItsAuthkeyHasItsOwnRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Server", .connectionRefused, [("error", .string("AuthenticationError: digest received was wrong"))])
        s.add(2, pid: 202, process: "Process-3", .connectionRefused,
              [("error", .string("AuthenticationError: digest sent was rejected")), ("side", .string("client"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual([1, 2].map(describer.describe), [
            "refuses a client: AuthenticationError: digest received was wrong",
            "Client() was refused by the listener: AuthenticationError: digest sent was rejected (the two sides' authkeys differ)",
        ])
    }
}
