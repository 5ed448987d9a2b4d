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
}
