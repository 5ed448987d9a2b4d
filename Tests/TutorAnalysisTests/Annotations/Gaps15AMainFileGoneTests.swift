import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 15A, item 4 (r14f_thread_executor_no_shutdown, spawn): a child started by a thread after the main code had ended
/// failed with "Can't get attribute 'child' on <module '__main__' (built-in)>", and the note said only "exited with
/// code 1: an uncaught exception, or sys.exit(1)".
final class Gaps15AMainFileGoneTests: XCTestCase {
    private func run(prepared: Bool, line: String = "AttributeError: Can't get attribute 'child' on <module '__main__' (built-in)>")
        -> (Timeline, error: Int, prep: Int?) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(100, pid: 10, process: "MainProcess", .threadShutdownWait, [("threads", .string("ThreadPoolExecutor-0_1"))])
        s.add(110, pid: 10, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .processSpawn,
              [("child_pid", .int(20)), ("name", .string("SpawnProcess-2"))])
        let prep = prepared ? s.add(111, pid: 10, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .processPrepNoMain,
                                    [("name", .string("SpawnProcess-2"))]) : nil
        s.add(300, pid: 20, ppid: 10, process: "spawn_main", .print, [("stream", .string("stderr")), ("text", .string("Traceback (most recent call last):"))])
        let error = s.add(301, pid: 20, ppid: 10, process: "spawn_main", .print, [("stream", .string("stderr")), ("text", .string(line))])
        s.add(320, pid: 10, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .processReaped,
              [("child_pid", .int(20)), ("name", .string("SpawnProcess-2")), ("exitcode", .int(1))])
        return (s.timeline(), error, prep)
    }

    func testAChildPreparedWithoutAMainFileThatCouldNotLoadItsTargetSaysWhy() throws {
        let (timeline, error, prep) = run(prepared: true)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .mainFileGone })
        XCTAssertEqual(note.eventIndex, error)
        XCTAssertEqual(note.text, "SpawnProcess-2 could not load its target: its parent MainProcess/ThreadPoolExecutor-0_1 prepared its start at "
                       + "0.111 s with no main file to run, because __main__.__file__ was gone (Python removes it once the main code has "
                       + "ended, and MainProcess's main code had ended: threading._shutdown() was waiting from 0.100 s). So SpawnProcess-2 "
                       + "never ran the program's file, and its __main__ has no child: unpickling the target failed. Start every process "
                       + "before the main code ends: shut an executor down, or join the threads that start processes, at the end of the "
                       + "main code.")
        XCTAssertEqual(note.premise, .mainFileGone(step: error, prepStep: try XCTUnwrap(prep)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testWithoutTheRecordedPreparationOrWithAnotherErrorNothingIsSaid() {
        XCTAssertFalse(Annotator(timeline: run(prepared: false).0).notes().contains { $0.kind == .mainFileGone })
        let other = run(prepared: true, line: "AttributeError: Can't get attribute 'child' on <module 'work' from '/x/work.py'>")
        XCTAssertFalse(Annotator(timeline: other.0).notes().contains { $0.kind == .mainFileGone })
        let (timeline, error, prep) = run(prepared: true)
        XCTAssertFalse(NotePremise.mainFileGone(step: error, prepStep: (prep ?? 0) + 1).holds(in: StateReplayer(timeline: timeline)))
    }
}
