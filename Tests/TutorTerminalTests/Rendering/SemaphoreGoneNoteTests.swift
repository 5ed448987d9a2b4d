import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r10a_event_forgotten_exit_hang under spawn (gaps 11A): the parent's code ended, its exit function's finalizers
/// removed the Event's semaphore, and the child, still starting, failed unpickling it (FileNotFoundError, exit 1); the
/// note said only "an uncaught exception, or sys.exit(1)".
final class SemaphoreGoneNoteTests: XCTestCase {
    private func run(implicitJoin: Bool, rebuild: Bool = true) -> (Timeline, line: Int, reaped: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1")), ("daemon", .bool(false))])
        if implicitJoin {
            s.add(2, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1")), ("implicit", .bool(true))])
        }
        var last = 0
        for (i, text) in ["Traceback (most recent call last):", "    self = reduction.pickle.load(from_parent)",
                          rebuild ? "    self._semlock = _multiprocessing.SemLock._rebuild(*state)" : "    x = open(name)",
                          "FileNotFoundError: [Errno 2] No such file or directory"].enumerated() {
            last = s.add(3 + Double(i), pid: 201, ppid: 100, process: "Process-1", .print, [("stream", .string("stderr")), ("text", .string(text))])
        }
        let reaped = s.add(9, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(1))])
        return (s.timeline(), last, reaped)
    }

    func testAChildThatFoundItsSemaphoreGoneIsExplained() throws {
        let (timeline, line, reaped) = run(implicitJoin: true)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.eventIndex == line })
        XCTAssertTrue(note.text.hasPrefix("Process-1 failed before run(), while unpickling what start() had sent it: a semaphore it needed"), note.text)
        XCTAssertTrue(note.text.contains("MainProcess's own code had ended (0.002 s)"), note.text)
        XCTAssertEqual(notes.first { $0.eventIndex == reaped }?.text,
                       "Process-1 exited with code 1: it failed before run(), while unpickling what start() sent it (FileNotFoundError: a semaphore its parent had already removed).")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// The parent still running its code, or a FileNotFoundError of another origin: not said.
    func testNotSaidWithoutTheParentsEndOrTheSemLock() {
        for (join, rebuild) in [(false, true), (true, false)] {
            let (timeline, line, _) = run(implicitJoin: join, rebuild: rebuild)
            XCTAssertNil(Annotator(timeline: timeline).notes().first { $0.eventIndex == line })
        }
    }
}
