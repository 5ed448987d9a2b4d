import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 27F (issue 11): executors inside bigger programs.
final class Round27FTests: XCTestCase {
    /// A ProcessPoolExecutor with `workers` worker processes whose first calls os._exit inside work item 0; `named`:
    /// whether the `process.spawn` rows name their executor (older recordings do not).
    private func brokenNote(workers: Int, named: Bool = true) throws -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#2", [("max_workers", .int(Int64(workers)))])
        for w in 0..<workers {
            var fields: [(String, JSONValue)] = [("child_pid", .int(Int64(201 + w))), ("name", .string("ForkProcess-\(w + 1)")), ("daemon", .bool(false))]
            if named { fields.append(("executor", .string("ProcessPoolExecutor#2"))) }
            s.add(2 + Double(w) / 10, pid: 100, process: "MainProcess", .processSpawn, fields)
            s.add(3 + Double(w) / 10, pid: Int32(201 + w), process: "ForkProcess-\(w + 1)", .processStart,
                  [("name", .string("ForkProcess-\(w + 1)")), ("role", .string("child"))])
        }
        s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#2", [("work", .int(0)), ("func", .string("charge"))])
        s.add(4.1, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#2", [("work", .int(1)), ("func", .string("charge"))])
        s.add(5, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("charge"))])
        s.add(6, pid: 201, process: "ForkProcess-1", .processExit, [("exitcode", .int(4)), ("how", .string("os._exit"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(4))])
        let broken = s.add(8, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#2",
                           [("pending", .int(2)), ("error", .string(""))])
        return try XCTUnwrap(Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == broken }?.text)
    }

    /// r27f_two_arg_error_then_new_pool (all): ProcessPoolExecutor#2 (max_workers 1) broke when its only worker called
    /// os._exit(4); the note said "… and it stops its other workers", though it had none.
    func testABrokenExecutorWhoseOnlyWorkerDiedHasNoOtherWorkerToStop() throws {
        let note = try brokenNote(workers: 1)
        XCTAssertTrue(note.contains("its 2 pending Futures fail with BrokenProcessPool (it had no other worker to stop)"), note)
        XCTAssertFalse(note.contains("other workers"), note)
    }

    /// With a second worker alive the older words stay; so they do when the record cannot tell (no executor on a spawn row).
    func testABrokenExecutorWithAnotherWorkerStillStopsIt() throws {
        XCTAssertTrue(try brokenNote(workers: 2).contains("fail with BrokenProcessPool and it stops its other workers"))
        XCTAssertTrue(try brokenNote(workers: 1, named: false).contains("fail with BrokenProcessPool and it stops its other workers"))
    }
}

extension Round27FTests {
    /// r27f_wait_thread_and_process (all, --lang zh): "在 shutdown() 中等待 ThreadPoolExecutor#1 执行完它的工作项并停止它的工作进程":
    /// a ThreadPoolExecutor's workers are threads (工作线程), not processes. A ProcessPoolExecutor's stay 工作进程.
    func testAThreadPoolExecutorsShutdownWaitNamesWorkerThreadsInChinese() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("max_workers", .int(2))])
        let threads = s.add(2, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#1",
                            [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([]))])
        let processes = s.add(3, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                              [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([]))])
        let events = s.timeline().events
        Language.with(.zh) {
            let text = RunState.severalWorkItems(events[threads])
            XCTAssertTrue(text.contains("停止它的工作线程"), text)
            XCTAssertFalse(text.contains("工作进程"), text)
            XCTAssertTrue(RunState.severalWorkItems(events[processes]).contains("停止它的工作进程"))
        }
        XCTAssertEqual(RunState.severalWorkItems(events[threads]), "ThreadPoolExecutor#1 to finish its work items and stop its workers")
    }
}

extension Round27FTests {
    /// r27f_wait_thread_and_process (all): "waits in wait() for work item 1 of ThreadPoolExecutor#1 and work items 0, 1 of
    /// ProcessPoolExecutor#1" for `futures.wait(fs, timeout=10)`: the timeout, recorded, was said nowhere.
    func testAWaitWithATimeoutSaysItsTimeout() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        let timed = s.add(2, pid: 100, process: "MainProcess", .executorWait,
                          [("call", .string("wait()")), ("pending", .int(2)), ("works", .array([.int(0), .int(1)])), ("timeout", .int(10)),
                           ("executors", .array([.string("ProcessPoolExecutor#1"), .string("ProcessPoolExecutor#1")]))])
        let untimed = s.add(3, pid: 100, process: "MainProcess", .executorWait,
                            [("call", .string("wait()")), ("pending", .int(2)), ("works", .array([.int(0), .int(1)])), ("timeout", .null),
                             ("executors", .array([.string("ProcessPoolExecutor#1"), .string("ProcessPoolExecutor#1")]))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false)))
        XCTAssertEqual(describer.describe(timed), "waits in wait() for work items 0, 1 of ProcessPoolExecutor#1 (timeout 10.000 s)")
        XCTAssertEqual(describer.describe(untimed), "waits in wait() for work items 0, 1 of ProcessPoolExecutor#1")
    }
}

extension Round27FTests {
    /// r13f_hung_worker_terminate--spawn: "SpawnProcess-2 ended (exitcode -15) while running work item 1; SpawnProcess-1
    /// ended (exitcode -15) while running work item 2. The executor cannot tell what that worker was doing, …": two workers.
    func testTwoWorkersThatDiedAreThoseWorkers() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        for w in 0..<2 {
            let pid = Int64(201 + w), name = "SpawnProcess-\(w + 1)"
            s.add(2 + Double(w), pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(pid)), ("name", .string(name)), ("daemon", .bool(false)), ("executor", .string("ProcessPoolExecutor#1"))])
            s.add(4 + Double(w), pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1", [("work", .int(Int64(w))), ("func", .string("hang"))])
            s.add(6 + Double(w), pid: Int32(pid), process: name, .futureStart, [("work", .int(Int64(w))), ("func", .string("hang"))])
            s.add(8 + Double(w), pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(pid)), ("name", .string(name)), ("at_exit", .bool(false))])
        }
        let broken = s.add(10, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
                           [("pending", .int(2)), ("error", .string(""))])
        for w in 0..<2 {
            s.add(11 + Double(w), pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
                  [("child_pid", .int(Int64(201 + w))), ("name", .string("SpawnProcess-\(w + 1)")), ("exitcode", .int(-15))])
        }
        let note = try XCTUnwrap(Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == broken }?.text)
        XCTAssertTrue(note.contains("The executor cannot tell what those workers were doing"), note)
        XCTAssertTrue(note.contains("its 2 pending Futures fail with BrokenProcessPool (it had no other worker to stop)"), note)
    }
}
