import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A child forked from a thread: it ends when its last thread ends, and says why its cleanup raised.
final class ForkedChildEndRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// A child forked from a thread whose exit was "RuntimeError: cannot join current thread … in multiprocessing's own
    /// cleanup": the thread started with `target` in MainProcess (after a ThreadPoolExecutor was made there).
    private func forkedFromThread(target: String) -> (Timeline, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("type", .string("ThreadPoolExecutor"))])
        s.add(2, pid: 100, process: "MainProcess", .threadStart, [("name", .string("ThreadPoolExecutor-0_0")), ("target", .string(target))])
        s.add(3, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("Process-2"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-2", thread: "ThreadPoolExecutor-0_0", .processStart, [("name", .string("Process-2"))])
        let exit = s.add(9, pid: 201, ppid: 100, process: "Process-2", .processExit,
                         [("exitcode", .int(1)), ("error", .string("RuntimeError: cannot join current thread"))])
        return (s.timeline(), exit)
    }

    /// A hand fork made in a non-main thread recorded no own normal end: atexit, where the others are recorded, never runs.
    func testAChildForkedInAThreadEndsWhenItsLastThreadEnds() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 300, process: "fork of MainProcess (pid 300)", thread: "Thread-2", .processExit,
              [("exitcode", .int(0)), ("via", .string("last thread ended"))])
        XCTAssertEqual(rows(s), ["exited, code 0: its last thread ended (it was forked in a thread other than the main one, so that thread "
                                 + "was its main code; no interpreter exit follows, and atexit handlers do not run)"])
    }

    /// r7b_thread_starts_process (fork): "raised in multiprocessing's own cleanup" without the cause, which the record shows:
    /// the child was forked from a ThreadPoolExecutor worker thread, which concurrent.futures' exit hook joins.
    func testAChildForkedFromAnExecutorThreadSaysWhyItsCleanupRaised() {
        let (timeline, exit) = forkedFromThread(target: "_worker")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == exit }
        XCTAssertEqual(note?.kind, .forkedExecutorThread)
        XCTAssertEqual(note?.premise, .forkedFromExecutorThread(step: exit, thread: "ThreadPoolExecutor-0_0"))
        XCTAssertTrue(note?.text.hasSuffix("It was forked from MainProcess's thread ThreadPoolExecutor-0_0, a ThreadPoolExecutor worker, and in the "
                      + "child that thread is the one running: the cleanup's threading._shutdown() runs concurrent.futures' exit hook, which "
                      + "joins every ThreadPoolExecutor worker thread, ThreadPoolExecutor-0_0 too, and a thread cannot join itself. Start "
                      + "processes from the main thread, or use the spawn or forkserver start method.") == true, note?.text ?? "none")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        // a thread that is not an executor's worker: the cause is not shown, the note stays as it was
        let (plain, at) = forkedFromThread(target: "launcher")
        let other = Annotator(timeline: plain).notes().first { $0.eventIndex == at }
        XCTAssertEqual(other?.kind, .exitCode)
        XCTAssertFalse(other?.text.contains("ThreadPoolExecutor") ?? true)
    }
}
