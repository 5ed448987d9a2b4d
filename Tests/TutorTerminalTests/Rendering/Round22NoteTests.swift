import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Truth review round 22 (docs/truth-review.md): multiprocessing beside its stdlib neighbours
/// (corpus/r22_faulthandler_watchdog.py, corpus/r22_parent_sigusr1_handler.py).
final class Round22NoteTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// A traced child that started, waited in Queue.get(), and ended with 1 with no end of run() and no traceback in
    /// its record; `extra` adds what else the child recorded.
    private func exitOne(blocked: Bool = true, _ extra: (inout EventScript) -> Void = { _ in }) -> String? {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("stuck")), ("daemon", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "stuck", .processStart, [("name", .string("stuck")), ("role", .string("child"))])
        extra(&s)
        if blocked { s.add(5, pid: 201, ppid: 100, process: "stuck", "queue.wait", object: "Queue#1", [("op", .string("get"))]) }
        let at = s.add(9, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("stuck")), ("exitcode", .int(1))])
        return Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == at }?.text
    }

    /// r22_faulthandler_watchdog: faulthandler's dump_traceback_later(5, exit=True) ended a child blocked in get() with
    /// _exit(1). The note said "an uncaught exception, or sys.exit(1)", which the record contradicts: the tracer
    /// records run()'s end whenever Python unwinds it, and there was none.
    func testAnExitOneWithNoEndOfRunIsNotCalledAnException() throws {
        let text = try XCTUnwrap(exitOne())
        XCTAssertFalse(text.contains("an uncaught exception, or sys.exit(1)"), text)
        XCTAssertEqual(text, "stuck exited with code 1: no exception or sys.exit() ended its run() (its record, complete, has no end of run() and no traceback), "
            + "so something below Python ended it at once, the way faulthandler.dump_traceback_later(..., exit=True) or a C library's exit(1) do "
            + "(no Python cleanup: no atexit handler runs, Python's buffers are not flushed).")
    }

    /// A traceback on the child's stderr (an exception before run(), as a spawn child's failed unpickling) keeps the
    /// generic words: an exception did end it.
    func testATracebackKeepsTheGenericWords() {
        XCTAssertEqual(exitOne { $0.add(3, pid: 201, ppid: 100, process: "stuck", .print, [("stream", .string("stderr")), ("text", .string("Traceback (most recent call last):"))]) },
                       "stuck exited with code 1: an uncaught exception, or sys.exit(1).")
    }

    /// A child ended mid-task, not in a wait (futures_broken_pool's older transcripts, whose tracer did not record the
    /// worker's os._exit(1)): the generic words stay.
    func testAnExitOneOutsideAWaitKeepsTheGenericWords() {
        XCTAssertEqual(exitOne(blocked: false), "stuck exited with code 1: an uncaught exception, or sys.exit(1).")
    }

    /// r22_parent_sigusr1_handler under forkserver: each child os.kill()s the main process, which start()ed it, by the pid it
    /// was given. The row said "(a process of this run, not a child of this one)": the fork server is its OS parent,
    /// but the one relation the program knows, that MainProcess started it, went unsaid.
    func testASignalToTheStarterOfAForkserverChildSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 150, ppid: 100, process: "forkserver", .processStart, [("name", .string("forkserver")), ("role", .string("forkserver"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("kid-0")), ("daemon", .bool(false))])
        s.add(3, pid: 201, ppid: 150, process: "kid-0", .processStart, [("name", .string("kid-0")), ("role", .string("child"))])
        let kill = s.add(4, pid: 201, ppid: 150, process: "kid-0", .processSignalSent,
                         [("to_pid", .int(100)), ("signum", .int(10)), ("signame", .string("SIGUSR1")), ("call", .string("os.kill()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(kill),
                       "os.kill(pid 100, SIGUSR1) → MainProcess, which started it (the fork server forked it, so os.getppid() here names the server, not MainProcess)")
    }
}
