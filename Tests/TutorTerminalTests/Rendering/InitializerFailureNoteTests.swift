import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// An executor broken by its initializer says so; a worker that ran a work item is no initializer failure.
final class InitializerFailureNoteTests: XCTestCase {
    /// r7a_futures_initializer_fails: the executor broke because its initializer raised in both workers (each ended with
    /// exit code 0 without taking a work item), but the note said only "ProcessPoolExecutor#1 marked itself broken".
    func testAnExecutorBrokenByItsInitializerSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("query")), ("args", .string("(0,)")), ("method", .string("submit"))])
        // ForkProcess-2's parent pid is another's (a fork server's): it is the executor's because its process started it
        for (pid, name, at) in [(Int32(201), "ForkProcess-1", 0.0), (202, "ForkProcess-2", 10)] {
            let ppid: Int32 = pid == 202 ? 300 : 100
            s.add(at + 3, pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("executor", .string("ProcessPoolExecutor#1"))])
            s.add(at + 4, pid: pid, ppid: ppid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            s.add(at + 5, pid: pid, ppid: ppid, process: name, .executorInit, [("func", .string("connect")), ("args", .string("('http://x',)"))])
            s.add(at + 6, pid: pid, ppid: ppid, process: name, .executorInitEnd,
                  [("func", .string("connect")), ("ok", .bool(false)), ("error", .string("ValueError: bad url 'http://x'"))])
            s.add(at + 7, pid: pid, ppid: ppid, process: name, .processExit, [("exitcode", .int(0))])
        }
        s.add(20, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string(""))])
        let timeline = s.timeline()
        let broken = timeline.events.indices.last!
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == broken }
        XCTAssertEqual(note?.text, "No worker died inside a work item: the initializer connect raised (ValueError: bad url 'http://x') in "
                       + "ForkProcess-1 (exitcode 0) and ForkProcess-2 (exitcode 0), and a worker whose initializer raises logs \"Exception in "
                       + "initializer\" and ends without taking a work item. ProcessPoolExecutor#1's manager thread saw a worker process gone "
                       + "and marked the executor broken: it fails its 1 pending Future with BrokenProcessPool, whose message speaks of a process "
                       + "\"terminated abruptly\", and it stops its other workers.")
        XCTAssertEqual(note?.premise, .initializerBroke(brokenStep: broken, initEnds: [6, 11]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().map(\.message), [])
    }

    /// The same worker that had started a work item before it ended is not blamed on the initializer.
    func testAWorkerThatRanAWorkItemIsNotAnInitializerFailure() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
        s.add(4, pid: 201, ppid: 100, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        s.add(5, pid: 201, ppid: 100, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("f")), ("args", .string("()"))])
        s.add(6, pid: 201, ppid: 100, process: "ForkProcess-1", .executorInitEnd,
              [("func", .string("connect")), ("ok", .bool(false)), ("error", .string("ValueError: x"))])
        s.add(7, pid: 201, ppid: 100, process: "ForkProcess-1", .processExit, [("exitcode", .int(0))])
        s.add(8, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string(""))])
        let timeline = s.timeline()
        XCTAssertEqual(StateQueries.initializerFailures(before: timeline.events.indices.last!, in: timeline.events), [])
    }
}
