import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r7b_pool_exception_unpicklable: the parent could not unpickle a task's exception, the TypeError ended the Pool's
/// result-handler thread (its traceback, then "thread Thread-3 (_handle_results) ends"), and nothing said that no
/// result of that pool could reach the parent any more, so get(timeout=2) could only time out.
final class ResultHandlerEndNoteTests: XCTestCase {
    private let handler = "Thread-3 (_handle_results)"

    /// A pool with a task 0 (no result back) and a task 1 (back); the handler prints `lines` on stderr, then ends.
    private func run(lines: [String], callbackError: String? = nil) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(2, pid: 10, process: "MainProcess", .threadStart,
              [("name", .string(handler)), ("daemon", .bool(true)), ("target", .string("Pool._handle_results")), ("infra", .bool(true))])
        for job in 0..<2 {
            s.add(Double(3 + job), pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
        }
        s.add(6, pid: 10, process: "MainProcess", thread: handler, .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        if let callbackError {
            s.add(7, pid: 10, process: "MainProcess", thread: handler, .poolCallbackEnd,
                  [("job", .int(1)), ("ok", .bool(false)), ("error", .string(callbackError))])
        }
        for (i, line) in lines.enumerated() {
            s.add(8 + Double(i) / 10, pid: 10, process: "MainProcess", thread: handler, .print,
                  [("stream", .string("stderr")), ("text", .string(line))])
        }
        let exit = s.add(20, pid: 10, process: "MainProcess", thread: handler, .threadExit, [("name", .string(handler))])
        return (s.timeline(), exit)
    }

    private let traceback = ["Exception in thread Thread-3 (_handle_results):", "Traceback (most recent call last):",
                             "  File \"~/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/connection.py\", line 251, in recv",
                             "    return _ForkingPickler.loads(buf.getbuffer())",
                             "TypeError: BadError.__init__() missing 1 required positional argument: 'detail'"]

    func testAResultHandlerThatAnExceptionEscapedSaysNoLaterResultArrives() throws {
        let (timeline, exit) = run(lines: traceback)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.eventIndex == exit })
        XCTAssertEqual(note.kind, .resultHandlerEnded)
        XCTAssertEqual(note.text, "Pool#1's result-handler thread ended here: TypeError: BadError.__init__() missing 1 required positional "
                       + "argument: 'detail' escaped it (the traceback above is its own), and nothing starts it again. No later result of "
                       + "Pool#1 reaches the parent, so a get() or wait() for a result still owed can only time out (without a timeout it "
                       + "waits forever). Still owed at that moment: task 0.")
        XCTAssertEqual(note.premise, .resultHandlerEnded(exitStep: exit, pool: "Pool#1", owed: [0]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testAHandlerThatEndedQuietlyOrByACallbacksExceptionGetsNoSuchNote() {
        let (quiet, exit) = run(lines: [])
        XCTAssertNil(Annotator(timeline: quiet).notes().first { $0.eventIndex == exit })
        // the callback's own row says it ended the thread (gaps 8)
        let (callback, at) = run(lines: traceback, callbackError: "ValueError: odd result 9")
        XCTAssertNil(Annotator(timeline: callback).notes().first { $0.eventIndex == at })
    }
}
