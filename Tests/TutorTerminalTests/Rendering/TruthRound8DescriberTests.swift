import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false or misleading in round 8 of the truth review (corpus/r8_*.py; docs/truth-review.md).
final class TruthRound8DescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r8_manager_serve_forever: a Process running `get_server().serve_forever()` had lanes "Process-1 · Process-2"
    /// whose one row "thread Process-2 ends" came as Process-2 (the client process) ended: the server names each
    /// connection's thread after its client, so it read as the client ending inside the server.
    func testAProcessThatServesAManagerItselfNamesItsThreadsAsServingTheirClients() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 200, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(2, pid: 200, process: "Process-1", .managerServe, [("address", .string("('127.0.0.1', 50871)"))])
        s.add(3, pid: 200, process: "Process-1", thread: "Process-2", .threadExit, [("name", .string("Process-2"))])
        s.add(4, pid: 200, process: "Process-1", thread: "Thread-5 (handle_request)", .threadExit, [("name", .string("Thread-5 (handle_request)"))])
        // A process that serves nothing keeps its threads' names as they are.
        s.add(5, pid: 300, process: "Process-3", .processStart, [("name", .string("Process-3")), ("role", .string("child"))])
        s.add(6, pid: 300, process: "Process-3", thread: "Worker", .threadExit, [("name", .string("Worker"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        func row(_ ms: Int64) -> String { describer.describe(timeline.events.firstIndex { $0.t == ms * 1_000_000 }!) }
        XCTAssertEqual(row(2), "serve_forever(): this process is now a manager's server at ('127.0.0.1', 50871); it answers clients "
                       + "until the process ends, each client's connection served by a thread the server names after that client")
        XCTAssertEqual(row(3), "the thread serving Process-2 ends")
        XCTAssertEqual(row(4), "thread Thread-5 (handle_request) ends")
        XCTAssertEqual(row(6), "thread Worker ends")
        let labels = timeline.lanes.map(\.label)
        XCTAssertTrue(labels.contains("Process-1 · serves Process-2"), "\(labels)")
        XCTAssertTrue(labels.contains("Process-3 · Worker"), "\(labels)")
    }

    /// r8_checksums_imap_unordered (spawn): "open from 0.324 s to the end of the run (0.599 s)" for a Pool its
    /// with-block terminated at 0.553 s, every worker seen ended by 0.565 s: one spawn worker was terminated before its
    /// tracer started, so it had no life of its own, and the pool's end waited for that worker's end.
    func testAPoolWhoseSilentWorkerWasSeenEndingIsClosedWhenItEnded() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(110, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("SpawnPoolWorker-1"))])
        s.add(111, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("SpawnPoolWorker-2"))])
        s.add(120, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(130, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("items", .int(1))])
        s.add(300, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(500, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1")
        s.add(510, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .processExit, [("exitcode", .int(-15))])
        s.add(520, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(202)), ("exitcode", .int(-15))])
        s.add(1000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline(run: RunFacts())
        let figures = PoolFigures.all(timeline)
        XCTAssertEqual(figures.first?.closedT, 520_000_000, "the silent worker's end as its parent saw it")
        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(text.contains("open 0.420 s of the run's 1.000 s"), text)
    }

    /// r8_futures_generator_result: "2 results came back on its manager thread" where one was the TypeError the worker
    /// sent because the item's generator could not be pickled (its future.end ok, then a second end `unsent`).
    func testAResultThatCameBackAsAnExceptionIsSaidInTheExecutorSummary() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for (work, pid) in [(0, 201), (1, 202)] as [(Int64, Int32)] {
            let ms = Double(10 * (work + 1))
            s.add(ms, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1", [("work", .int(work)), ("func", .string("f"))])
            s.add(ms + 1, pid: pid, ppid: 100, process: "ForkProcess-\(work + 1)", .futureStart, [("work", .int(work))])
            s.add(ms + 2, pid: pid, ppid: 100, process: "ForkProcess-\(work + 1)", .futureEnd, [("work", .int(work)), ("ok", .bool(true))])
            if work == 0 {
                s.add(ms + 3, pid: pid, ppid: 100, process: "ForkProcess-1", .futureEnd,
                      [("work", .int(0)), ("ok", .bool(false)), ("result", .string("TypeError: cannot pickle 'generator' object")), ("unsent", .bool(true))])
            }
            s.add(ms + 4, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("ok", .bool(work != 0))] + (work == 0 ? [("error", .string("TypeError"))] : []))
        }
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)
        let text = SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
        XCTAssertTrue(text.contains("2 results came back on its manager thread (1 of them an exception in place of the value: the item "
                                    + "returned something its worker could not pickle)"), text)
        XCTAssertFalse(text.contains("raised an exception"), text)
    }
}
