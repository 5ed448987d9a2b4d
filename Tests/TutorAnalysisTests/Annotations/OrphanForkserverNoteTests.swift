import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 13B (r12_parent_watchdog under forkserver): MainProcess left by os._exit(3) while its child watched it; the
/// orphan note said "the OS gives it another parent", but the child's OS parent was the fork server (its start row:
/// "parent 1869"), which stays its parent after MainProcess's end.
final class OrphanForkserverNoteTests: XCTestCase {
    /// MainProcess (100) starts Watcher (300); under forkserver the fork server (200, started by MainProcess) forks it.
    private func run(forkserver: Bool) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(300)), ("name", .string("Watcher")), ("daemon", .bool(false))])
        if forkserver {
            s.add(2, pid: 200, ppid: 100, process: "forkserver", .processStart, [("name", .string("forkserver")), ("role", .string("forkserver")),
                                                                                ("parent_pid", .int(100))])
        }
        s.add(3, pid: 300, ppid: forkserver ? 200 : 100, process: "Watcher", .processStart,
              [("name", .string("Watcher")), ("role", .string("child")), ("parent_pid", .int(100))])
        let exit = s.add(10, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(3)), ("via", .string("os._exit"))])
        s.add(20, pid: 300, ppid: forkserver ? 200 : 1, process: "Watcher", .print, [("stream", .string("stdout")), ("text", .string("parent gone"))])
        return (s.timeline(), exit)
    }

    func testAForkserverChildKeepsTheForkServerAsItsParent() throws {
        let (timeline, exit) = run(forkserver: true)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .orphanLeft && $0.eventIndex == exit })
        XCTAssertEqual(note.text, "MainProcess ended while its child Watcher was still running: nothing joined Watcher, which went on alone as an "
                       + "orphan of the program, so no process of the program can wait for it or read its exit code. MainProcess's end does not "
                       + "give Watcher another parent: its OS parent is forkserver (pid 200), which forked it, and the OS gives it another parent "
                       + "only when forkserver ends. Under forkserver the fork server forks every child, not the process that calls start(): "
                       + "os.getppid() in the child gives the fork server's pid, while multiprocessing.parent_process() names MainProcess. "
                       + "os._exit() skips multiprocessing's exit function, which joins the children still running (and terminates the daemonic "
                       + "ones) before a process ends.")
        XCTAssertEqual(note.premise, .all([.childLeftRunning(exitStep: exit, childPid: 300),
                                           .childForkedByOther(exitStep: exit, childPid: 300, osParentPid: 200)]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// r10b_orphan_grandchild under forkserver: Background's first event came after Launcher's os._exit, but its OS parent
    /// was Launcher's own fork server all along; an adopter recorded as a child is never taken for the one that forked it.
    func testAChildStartedAfterItsParentsEndKeepsItsForkServerOnly() throws {
        func run(forkerRole: String) -> (Timeline, Int) {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(300)), ("name", .string("Background")), ("daemon", .bool(false))])
            s.add(2, pid: 200, ppid: 100, process: "other", .processStart, [("name", .string("other")), ("role", .string(forkerRole))])
            let exit = s.add(3, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0)), ("via", .string("os._exit"))])
            s.add(4, pid: 300, ppid: 200, process: "Background", .processStart, [("name", .string("Background")), ("role", .string("child")),
                                                                             ("parent_pid", .int(100))])
            return (s.timeline(), exit)
        }
        let (served, exit) = run(forkerRole: "forkserver")
        XCTAssertEqual(StateQueries.otherOsParent(of: 300, exitAt: exit, in: served.events), 200)
        let (adopted, at) = run(forkerRole: "child")
        XCTAssertNil(StateQueries.otherOsParent(of: 300, exitAt: at, in: adopted.events))
    }

    func testAForkOrSpawnChildIsReparentedAtItsParentsEnd() throws {
        let (timeline, exit) = run(forkserver: false)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.kind == .orphanLeft && $0.eventIndex == exit })
        XCTAssertTrue(note.text.contains("(the OS gives it another parent)"), note.text)
        XCTAssertNil(StateQueries.otherOsParent(of: 300, exitAt: exit, in: timeline.events))
    }
}
