import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 12B (round 11 #6, g12b_executor_ctrl_c_in_shutdown): a ProcessPoolExecutor whose manager thread read from the
/// result pipe that an interrupted shutdown() let a later shutdown() close got only "marked itself broken".
final class ClosedReaderNoteTests: XCTestCase {
    /// MainProcess's shutdown() waits from 10 ms; Ctrl-C's KeyboardInterrupt ends it at 20 ms (when `interrupted`), a
    /// second shutdown() returns at 21 ms (when `again`); the manager thread breaks the executor at 30 ms.
    private func run(readerClosed: Bool = true, interrupted: Bool = true, again: Bool = true) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
        if interrupted {
            s.add(10, pid: 10, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                  [("call", .string("shutdown()")), ("pending", .int(3)), ("works", .array([.int(0), .int(1), .int(2)]))])
            s.add(20, pid: 10, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
                  [("call", .string("shutdown()")), ("waited_ns", .int(10_000_000)), ("ok", .bool(false)), ("pending", .int(-1)),
                   ("error", .string("KeyboardInterrupt"))])
        }
        if again {
            s.add(21, pid: 10, process: "MainProcess", .executorShutdown, object: "ProcessPoolExecutor#1",
                  [("wait", .bool(true)), ("waited_ns", .int(80_000))])
        }
        var fields: [(String, JSONValue)] = [("pending", .int(2)), ("error", .string("OSError: handle is closed"))]
        if readerClosed { fields.append(("reader_closed", .bool(true))) }
        let at = s.add(30, pid: 10, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1", fields)
        return (s.timeline(), at)
    }

    func testTheBreakNamesTheClosedPipeAndTheInterruptedShutdown() throws {
        let (timeline, at) = run()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.eventIndex == at })
        XCTAssertEqual(note.kind, .brokenExecutor)
        XCTAssertTrue(note.text.hasPrefix("No worker died and no result failed: ProcessPoolExecutor#1's manager thread went to read the next result"), note.text)
        XCTAssertTrue(note.text.contains("an earlier shutdown() was interrupted at 0.020 s (KeyboardInterrupt raised in it"), note.text)
        XCTAssertTrue(note.text.contains("before closing the pipe, as the shutdown() that returned at 0.021 s did."), note.text)
        XCTAssertTrue(note.text.hasSuffix("fails its 2 pending Futures with BrokenProcessPool, whose message speaks of a process \"terminated abruptly\" though none was, and terminates its workers."), note.text)
        XCTAssertEqual(note.premise, .readerClosed(brokenStep: at, found: ClosedReader(interrupted: at - 2, shutdown: at - 1)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testWithoutTheInterruptedShutdownOnlyTheClosedPipeIsSaid() throws {
        let (timeline, at) = run(interrupted: false)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == at })
        XCTAssertEqual(note.kind, .brokenExecutor)
        XCTAssertTrue(note.text.hasPrefix("No worker died and no result failed"), note.text)
        XCTAssertFalse(note.text.contains("interrupted"), note.text)
        let (notAgain, at2) = run(again: false)
        let text = try XCTUnwrap(Annotator(timeline: notAgain).notes().first { $0.eventIndex == at2 }).text
        XCTAssertTrue(text.contains("before closing the pipe. The executor"), text)
    }

    func testABreakWithoutTheClosedReaderStaysPlain() throws {
        let (timeline, at) = run(readerClosed: false)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == at })
        XCTAssertEqual(note.kind, .brokenExecutorPlain)
        XCTAssertEqual(note.text, "ProcessPoolExecutor#1 marked itself broken: its 2 pending Futures fail with BrokenProcessPool.")
    }
}
