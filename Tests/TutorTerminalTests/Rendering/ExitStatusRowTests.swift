import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Exit rows: codes outside a byte, negative codes that are no signal, one reconciled status, the cleanup after run() that raised.
final class ExitStatusRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

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

    /// r5a_futures_nested_executors (fork): each worker's "run() returned; …; then it ended with exitcode 1" and the note
    /// "an uncaught exception, or sys.exit(1)": a guess. The tracer now records what escaped the cleanup after run().
    func testAnExitCodeFromTheCleanupAfterRunNamesWhatWasRaised() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "ForkProcess-1", .processRunEnd, [("name", .string("ForkProcess-1")), ("exitcode", .int(0))])
        let exit = s.add(2, pid: 201, process: "ForkProcess-1", .processExit,
                         [("exitcode", .int(1)), ("error", .string("RuntimeError: cannot join current thread"))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(1))])
        let timeline = s.timeline()
        // The reconciler keeps run()'s own outcome (0) beside the real end (1): the run row need not repeat the exit's.
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(1), "run() returned; cleaning up before exit")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(exit),
                       "exited, code 1: RuntimeError: cannot join current thread was raised in multiprocessing's cleanup after run()")
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [exit])
        XCTAssertEqual(notes.first?.text, "ForkProcess-1 exited with code 1: run() had returned, then RuntimeError: cannot join current thread "
            + "was raised in multiprocessing's own cleanup after it (under fork nothing prints it).")
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
}
