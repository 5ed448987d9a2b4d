import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows and summary lines of a broken executor: the futures it fails, the result it could not unpickle.
final class BrokenExecutorRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// noteBrokenPlain said "its 1 pending Future fail".
    func testABrokenExecutorWithOnePendingFutureSaysFails() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string("?"))])
        let timeline = s.timeline()
        XCTAssertEqual(Annotator(timeline: timeline).notes().map(\.text),
                       ["ProcessPoolExecutor#1 marked itself broken: its 1 pending Future fails with BrokenProcessPool."])
    }

    /// r6a_futures_exception_unpicklable: "ProcessPoolExecutor#1 is broken: 1 pending work item fail with
    /// BrokenProcessPool" and the note "marked itself broken" with no cause: no worker died; the manager thread could
    /// not unpickle the ValidationError work item 1 raised (its __init__ takes two arguments).
    func testABrokenExecutorWhoseResultCouldNotBeUnpickledSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("executor", .string("ProcessPoolExecutor#1"))])
        s.add(3, pid: 201, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        for work in Int64(0)..<2 {
            s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("func", .string("validate")), ("args", .string("()")), ("method", .string("submit"))])
        }
        s.add(5, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("validate")), ("args", .string("()"))])
        s.add(6, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("'ann'"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("ok", .bool(true)), ("error", .null)])
        s.add(8, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(1)), ("func", .string("validate")), ("args", .string("()"))])
        s.add(9, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(1)), ("ok", .bool(false)), ("result", .string("ValidationError"))])
        let error = "TypeError: ValidationError.__init__() missing 1 required positional argument: 'value'"
        s.add(20, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string("['Traceback…result_reader.recv()…']")), ("unreadable_result", .string(error))])
        let timeline = s.timeline()
        let broken = timeline.events.indices.last!
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(broken), "ProcessPoolExecutor#1 is broken: its 1 pending work item fails with BrokenProcessPool")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == broken }
        XCTAssertEqual(note?.text, "No worker died: ProcessPoolExecutor#1's manager thread could not unpickle what a worker sent back for "
                       + "work item 1 (\(error); for example an exception class whose __init__ cannot be called again with the args it passed to "
                       + "Exception). The executor treats that like a lost worker: it fails its 1 pending Future with BrokenProcessPool, whose "
                       + "message speaks of a process \"terminated abruptly\" though none was, and terminates its workers.")
        XCTAssertEqual(note?.premise, .unreadableResult(brokenStep: broken, work: 1))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().count, 0)
    }
}
