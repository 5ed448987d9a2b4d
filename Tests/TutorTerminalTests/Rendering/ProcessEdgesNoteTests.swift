import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The edges of a process's life (truth review round 10B, docs/truth-review.md): a multiprocessing child that ends
/// itself with os._exit() (corpus/r10b_exit_code_wrap.py, r10b_thread_exits_in_child.py, r10b_orphan_grandchild.py).
final class ProcessEdgesNoteTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// A multiprocessing child's os._exit(code) recorded by the tracer (`via: "os._exit"`, on the calling thread), and
    /// the parent's reap of its status.
    private func osExit(_ asked: Int64, status: Int64, thread: String = "MainThread") -> (Timeline, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-3")), ("daemon", .bool(false))])
        s.add(2, pid: 201, process: "Process-3", .processStart, [("name", .string("Process-3")), ("role", .string("child"))])
        let at = s.add(3, pid: 201, process: "Process-3", thread: thread, .processExit, [("exitcode", .int(asked)), ("via", .string("os._exit"))])
        s.add(4, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-3")), ("exitcode", .int(status))])
        return (s.timeline(), at)
    }

    /// r10b_exit_code_wrap: os._exit(257) in a Process target; the parent's exitcode is 1. The note said "an uncaught
    /// exception, or sys.exit(1)" and the child's lane had no row of its end (the tracer recorded os._exit only in
    /// hand-forked children).
    func testAnOsExitInAMultiprocessingChildIsTheNotesCauseWithTheCodeItGave() {
        let (timeline, at) = osExit(257, status: 1)
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == at }?.text,
                       "Process-3 exited with code 1: it called os._exit(257), which ends the process at once (no cleanup, no flush of what it printed).")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(at), "os._exit(257): ended at once (no cleanup, no flush)")
    }

    /// r10b_thread_exits_in_child: os._exit(5) from a thread of the child ends the whole process: the note names the thread.
    func testAnOsExitFromAThreadNamesTheThread() {
        let (timeline, at) = osExit(5, status: 5, thread: "T-os._exit")
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == at }?.text,
                       "Process-3 exited with code 5: its thread T-os._exit called os._exit(5), which ends the process at once (no cleanup, no flush of what it printed).")
    }

    /// r10b_sibling_signals: Sniper, a sibling, sent SIGUSR1 and SIGTERM with os.kill() to pids it got through a Queue.
    /// The rows were missing; the notes said "ended by signal 10" and "no kill() or terminate() call on it was
    /// recorded: the process may have signalled itself, or another program did".
    func testASignalFromASiblingHasARowAndIsTheNotesCause() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (pid, name) in [(201, "Plain"), (202, "Sniper")] as [(Int32, String)] {
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("daemon", .bool(false))])
            s.add(2, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        let usr1 = s.add(3, pid: 202, ppid: 100, process: "Sniper", .processSignalSent,
                         [("to_pid", .int(201)), ("signum", .int(10)), ("signame", .string("SIGUSR1")), ("call", .string("os.kill()"))])
        let term = s.add(4, pid: 202, ppid: 100, process: "Sniper", .processSignalSent,
                         [("to_pid", .int(100)), ("signum", .int(15)), ("signame", .string("SIGTERM")), ("call", .string("os.kill()"))])
        let unknown = s.add(5, pid: 202, ppid: 100, process: "Sniper", .processSignalSent,
                            [("to_pid", .int(999)), ("signum", .int(15)), ("signame", .string("SIGTERM")), ("call", .string("os.kill()"))])
        let reaped = s.add(6, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Plain")), ("exitcode", .int(-10))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(usr1), "os.kill(pid 201, SIGUSR1) → Plain, a sibling (a child of the same parent, not of this process)")
        XCTAssertEqual(describer.describe(term), "os.kill(pid 100, SIGTERM) → MainProcess, its parent")
        XCTAssertEqual(describer.describe(unknown), "os.kill(pid 999, SIGTERM) (no process of this run had that pid)")
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == reaped })
        XCTAssertEqual(note.text, "Plain was ended by SIGUSR1 (Sniper sent it SIGUSR1 with os.kill()): exitcode -10.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// A SIGTERM from a sibling is the cause said, not "no kill() or terminate() call on it was recorded".
    func testASigtermFromASiblingIsNamed() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (pid, name) in [(201, "Terminated"), (202, "Sniper")] as [(Int32, String)] {
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("daemon", .bool(false))])
            s.add(2, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(3, pid: 202, ppid: 100, process: "Sniper", .processSignalSent,
              [("to_pid", .int(201)), ("signum", .int(15)), ("signame", .string("SIGTERM")), ("call", .string("os.kill()"))])
        let reaped = s.add(6, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Terminated")), ("exitcode", .int(-15))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == reaped })
        XCTAssertEqual(note.text, "Terminated was ended by SIGTERM (Sniper sent it SIGTERM with os.kill()): exitcode -15.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// r10b_orphan_grandchild: Launcher started Background and left with os._exit(0); Background printed and ended after
    /// it. Nothing said Background had been left an orphan; under spawn its start row said "parent 17649", a pid that
    /// was no process of the run (the process that adopted it), not Launcher.
    func testAChildLeftRunningByItsParentsOsExitIsSaidAnOrphan() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Launcher")), ("daemon", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "Launcher", .processStart, [("name", .string("Launcher")), ("role", .string("child")), ("parent_pid", .int(100))])
        s.add(3, pid: 201, ppid: 100, process: "Launcher", .processSpawn, [("child_pid", .int(301)), ("name", .string("Background")), ("daemon", .bool(false))])
        let exit = s.add(4, pid: 201, ppid: 100, process: "Launcher", .processExit, [("exitcode", .int(0)), ("via", .string("os._exit"))])
        let start = s.add(5, pid: 301, ppid: 77, process: "Background", .processStart,
                          [("name", .string("Background")), ("role", .string("child")), ("parent_pid", .int(201))])
        s.add(600, pid: 301, ppid: 77, process: "Background", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit })
        XCTAssertEqual(note.text, "Launcher ended while its child Background was still running: nothing joined Background, which went on alone as an orphan "
                       + "(the OS gives it another parent), so no process of the program can wait for it or read its exit code. os._exit() skips "
                       + "multiprocessing's exit function, which joins the children still running (and terminates the daemonic ones) before a process ends.")
        XCTAssertEqual(note.premise, .childLeftRunning(exitStep: exit, childPid: 301))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(start),
                       "Background started (pid 301) by pid 201, which had already ended: its parent is now pid 77, which adopted it")
    }

    /// A child joined before its parent's exit is no orphan; a forkserver child (its OS parent the fork server, its
    /// starter alive) keeps a start row, not the orphan's: since gaps 38B it names both parents.
    func testAJoinedChildIsNoOrphanAndAForkserverChildKeepsItsStartRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Parent")), ("daemon", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "Parent", .processStart, [("name", .string("Parent")), ("role", .string("child")), ("parent_pid", .int(100))])
        s.add(3, pid: 201, ppid: 100, process: "Parent", .processSpawn, [("child_pid", .int(301)), ("name", .string("Kid")), ("daemon", .bool(false))])
        s.add(3.5, pid: 55, ppid: 201, process: "forkserver", .processStart, [("name", .string("forkserver")), ("role", .string("forkserver"))])
        let start = s.add(4, pid: 301, ppid: 55, process: "Kid", .processStart, [("name", .string("Kid")), ("role", .string("child")), ("parent_pid", .int(201))])
        s.add(5, pid: 301, ppid: 55, process: "Kid", .processExit, [("exitcode", .int(0))])
        // r10b_orphan_grandchild under forkserver: the starter has ended, but the parent is its fork server, still a
        // process of the run (no adoption)
        let late = s.add(8, pid: 302, ppid: 55, process: "Late", .processStart, [("name", .string("Late")), ("role", .string("child")), ("parent_pid", .int(201))])
        s.add(6, pid: 201, ppid: 100, process: "Parent", .processReaped, [("child_pid", .int(301)), ("name", .string("Kid")), ("exitcode", .int(0))])
        s.add(7, pid: 201, ppid: 100, process: "Parent", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        XCTAssertTrue(Annotator(timeline: timeline).notes().allSatisfy { $0.kind != .orphanLeft })
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(start), "Kid started (pid 301, parent 55, the forkserver, which forked it; multiprocessing's parent 201: os.getppid() gives the first, parent_process() and the Process's repr the second)")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(late), "Late started (pid 302, parent 55, the forkserver, which forked it; multiprocessing's parent 201: os.getppid() gives the first, parent_process() and the Process's repr the second)")
    }
}
