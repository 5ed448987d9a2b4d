import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 25X (docs/truth-review.md): programs that fail, crash and hang.
final class Round25XTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    /// r25x_exception_roundtrip: the parent's get() read a QuotaError off the pipe and unpickling it raised TypeError
    /// (its __init__ takes two arguments). The replay showed no end of that get, the note "Queue#1 still held 1 item(s)
    /// when the run ended, and no get() ever took them: <QuotaError>" and "waits that never ended: MainProcess in get()".
    func testAGetThatCouldNotUnpickleItsItemSaysSoAndTookIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        s.add(4, pid: 201, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(5, pid: 201, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("<QuotaError>")), ("waited_ns", .int(0)), ("depth", .int(1))])
        s.add(6, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(0))])
        let error = "TypeError: QuotaError.__init__() missing 1 required positional argument: 'limit'"
        s.add(7, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1",
              [("item", .string("<122 pickled bytes>")), ("waited_ns", .int(4_000_000)), ("unpickle_error", .string(error))])
        s.add(8, pid: 100, process: "MainProcess", .processJoin, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(0))])
        s.add(9, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let get = timeline.events.firstIndex { $0.is(.queueGet) }!
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(get), "took an item from Queue#1 (<122 pickled bytes>) after 4 ms, but unpickling it raised \(error): "
                       + "get() raised that, and the item is gone from the queue")
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertFalse(notes.contains { $0.text.contains("no get() ever took") }, notes.map(\.text).joined(separator: "\n"))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().count, 0)
    }

    /// r25x_exception_roundtrip: a Pool task raised an exception of a class defined inside the function; the worker
    /// could not pickle it and sent MaybeEncodingError. The row said "the worker could not pickle what the task returned".
    func testAMaybeEncodingErrorForARaisedExceptionSaysTheExceptionCouldNotBePickled() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("parse")), ("args", .string("('@@',)")), ("method", .string("apply"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 201, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("parse"))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("result", .string("LocalParseError"))])
        s.add(6, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("MaybeEncodingError"))])
        s.add(7, pid: 201, process: "ForkPoolWorker-1", .taskStart, [("job", .int(1)), ("index", .int(0)), ("func", .string("fetch"))])
        s.add(8, pid: 201, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("<lock>"))])
        s.add(9, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("MaybeEncodingError"))])
        let timeline = s.timeline()
        let results = timeline.events.indices.filter { timeline.events[$0].is(.poolResult) }
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(results[0]), "result of task 0 arrives: MaybeEncodingError in place of the exception the task raised "
                       + "(the worker could not pickle that exception, so it sent this error instead)")
        XCTAssertEqual(describer.describe(results[1]), "result of task 1 arrives: MaybeEncodingError in place of its value "
                       + "(the worker could not pickle what the task returned, so it sent this error instead)")
    }
}
