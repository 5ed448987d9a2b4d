import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false on CPython's own documentation examples (corpus/docs_*.py; docs/truth-review.md, round 2).
final class DocsExamplesDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// A run whose first event is the main process's start (pid 100), as every test here begins.
    static func mainProcess() -> EventScript {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        return s
    }

    /// The script's timeline and a plain describer of it.
    func described(_ s: EventScript) -> (Timeline, EventDescriber) {
        let timeline = s.timeline()
        return (timeline, EventDescriber(timeline: timeline, painter: painter))
    }

    /// docs_mp_pool: `it.next(0.02)` raised TimeoutError 20 times, each shown as "next() … returned after 20 ms";
    /// docs_pool_tour: `pool.map()` waited, and its end was shown as "get() of task 0 returned".
    func testATimedOutNextRaisesAndAMapIsNamedAsTheProgramWroteIt() {
        var s = Self.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(1)), ("index", .int(0)), ("call", .string("map()"))])
        s.add(2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(13, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(1)), ("ok", .bool(true)), ("waited_ns", .int(12_000_000)), ("error", .null)])
        s.add(14, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(2)), ("ok", .bool(true)), ("waited_ns", .int(0)), ("error", .null)])
        s.add(15, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(3)), ("index", .int(2)), ("call", .string("next()"))])
        s.add(35, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
              [("job", .int(3)), ("index", .int(2)), ("call", .string("next()")), ("waited_ns", .int(20_000_000)), ("ok", .bool(false)),
               ("error", .string("TimeoutError"))])
        // a transcript recorded before next() carried its error: it raised all the same (ok is set only on return)
        s.add(36, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(3)), ("index", .int(2)), ("call", .string("next()"))])
        s.add(56, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
              [("job", .int(3)), ("index", .int(2)), ("call", .string("next()")), ("waited_ns", .int(20_000_000)), ("ok", .bool(false))])
        s.add(57, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(4)), ("index", .int(0)), ("call", .string("wait()"))])
        s.add(67, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
              [("job", .int(4)), ("index", .int(0)), ("call", .string("wait()")), ("waited_ns", .int(10_000_000)), ("ok", .bool(false)),
               ("error", .null)])
        s.add(68, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(5)), ("index", .int(0)), ("call", .string("starmap()"))])
        s.add(80, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(5)), ("ok", .bool(false)), ("waited_ns", .int(12_000_000)), ("error", .string("ZeroDivisionError"))])
        let (timeline, describer) = described(s)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "waits in map() for task 1",
            "result of task 1 arrives",
            "map() of task 1 returned after 12 ms",
            "get() of task 2 returned",
            "waits in next() for task 3.2",
            "next() for task 3.2 raised TimeoutError after 20 ms",
            "waits in next() for task 3.2",
            "next() for task 3.2 raised an exception after 20 ms",
            "waits in wait() for task 4",
            "wait() for task 4 returned after 10 ms, before the result was ready (its timeout passed)",
            "waits in starmap() for task 5",
            "starmap() of task 5 raised ZeroDivisionError after 12 ms",
        ])
    }

    /// docs_get_context, docs_mp_pool, docs_log_to_stderr: "2 helper lane(s) hidden (child, resource tracker)" while
    /// the hidden lane was the child's queue feeder thread (and "(main)" for a Pool's handler threads, "(manager)" with
    /// the manager's lane on screen); docs_manager_dict_list: "thread Process-2 ends" in the manager's lane serving it.
    func testHiddenHelperThreadsAreNamedAsTheirLanesAndAServerThreadIsNotItsClient() {
        var s = Self.mainProcess()
        s.add(1, pid: 150, ppid: 100, process: "resource tracker", .processStart,
              [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])
        s.add(2, pid: 101, ppid: 100, process: "SpawnProcess-1", .processStart, [("name", .string("SpawnProcess-1")), ("role", .string("child"))])
        s.add(3, pid: 101, ppid: 100, process: "SpawnProcess-1", .threadStart,
              [("name", .string("QueueFeederThread")), ("daemon", .bool(true)), ("infra", .bool(true))])
        s.add(4, pid: 101, ppid: 100, process: "SpawnProcess-1", thread: "QueueFeederThread", .threadExit, [("name", .string("QueueFeederThread"))])
        s.add(5, pid: 102, ppid: 100, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        s.add(6, pid: 102, ppid: 100, process: "SyncManager-1", thread: "Process-2", .managerWait, object: "dict#1",
              [("type", .string("dict")), ("method", .string("get")), ("args", .string("()"))])
        s.add(7, pid: 102, ppid: 100, process: "SyncManager-1", thread: "Process-2", .threadExit, [("name", .string("Process-2"))])
        s.add(8, pid: 101, ppid: 100, process: "SpawnProcess-1", .processExit, [("exitcode", .int(0))])
        let (timeline, describer) = described(s)
        XCTAssertEqual(describer.describe(7), "the thread serving Process-2 ends")
        let warnings = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).completenessWarnings().joined(separator: "\n")
        XCTAssertTrue(warnings.contains("2 helper lanes hidden (SpawnProcess-1 · QueueFeederThread, resource tracker)"), warnings)
        XCTAssertFalse(warnings.contains("child"), warnings)
    }

    /// docs_connection_wait (forkserver): the parent blocked in connection.wait() until the first child sent, and the
    /// timeline showed nothing between start() and the first recv (its time counted as "other").
    func testAConnectionWaitIsAWaitClosedByItsReturnOrCountedUnfinished() {
        var s = Self.mainProcess()
        s.add(10, pid: 100, process: "MainProcess", .connectionWait, [("objects", .int(4)), ("pipes", .int(4)), ("timeout", .null)])
        s.add(40, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(30_000_000)), ("ready", .int(2))])
        s.add(41, pid: 100, process: "MainProcess", .connectionWait, [("objects", .int(1)), ("pipes", .int(1)), ("timeout", .double(0.05))])
        s.add(92, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(51_000_000)), ("ready", .int(0))])
        s.add(93, pid: 100, process: "MainProcess", .connectionWait, [("objects", .int(2)), ("pipes", .int(1)), ("timeout", .null)])
        let (timeline, describer) = described(s)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "waits in connection.wait() until one of 4 objects (4 Pipe ends) is ready",
            "connection.wait() returned after 30 ms: 2 ready",
            "waits in connection.wait() until one of 1 object (1 Pipe end) is ready",
            "connection.wait() gave up: timed out after 51 ms, none ready",
            "waits in connection.wait() until one of 2 objects (1 Pipe end) is ready",
        ])
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.map(\.endIndex), [2, 4, nil])
        XCTAssertEqual(ledger.unfinished.map(\.target), ["2 objects (1 Pipe end)"])
        let blocked = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1).blocked
        XCTAssertEqual(blocked.count, 1)
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: 2).blocked.count, 0)
        let reasons = ProcessTimeAnalysis(timeline).processes.first?.waits.map(\.reason)
        XCTAssertEqual(reasons, ["connection wait()"])
    }

    /// docs_listener_client: the parent blocked 0.5 s in Listener.accept() and the timeline showed nothing (counted "other").
    func testListenerAcceptIsAWait() {
        var s = Self.mainProcess()
        s.add(10, pid: 100, process: "MainProcess", .listenerWait, [("address", .string("('127.0.0.1', 40501)"))])
        s.add(600, pid: 100, process: "MainProcess", .listenerAccept,
              [("address", .string("('127.0.0.1', 40501)")), ("waited_ns", .int(590_000_000)), ("ok", .bool(true)), ("error", .null)])
        s.add(610, pid: 100, process: "MainProcess", .listenerWait, [("address", .string("('127.0.0.1', 40501)"))])
        s.add(620, pid: 100, process: "MainProcess", .listenerAccept,
              [("address", .string("('127.0.0.1', 40501)")), ("waited_ns", .int(10_000_000)), ("ok", .bool(false)),
               ("error", .string("AuthenticationError"))])
        s.add(630, pid: 100, process: "MainProcess", .listenerWait, [("address", .string("('127.0.0.1', 40501)"))])
        let (timeline, describer) = described(s)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "waits in accept() on the Listener at ('127.0.0.1', 40501) until a client connects",
            "accept() on the Listener at ('127.0.0.1', 40501) returned after 590 ms: a client connected",
            "waits in accept() on the Listener at ('127.0.0.1', 40501) until a client connects",
            "accept() on the Listener at ('127.0.0.1', 40501) raised AuthenticationError after 10 ms",
            "waits in accept() on the Listener at ('127.0.0.1', 40501) until a client connects",
        ])
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.map(\.endIndex), [2, 4, nil])
        XCTAssertEqual(ledger.unfinished.map(\.call), ["accept()"])
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: timeline.events.count - 1).blocked.count, 1)
        XCTAssertEqual(ProcessTimeAnalysis(timeline).processes.first?.waits.map(\.reason), ["accept()"])
    }
}
