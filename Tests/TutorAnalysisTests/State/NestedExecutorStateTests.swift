import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A thread pool's work item inside a process pool worker is not the parent's item (the state model).
final class NestedExecutorStateTests: XCTestCase {
    private func start(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ name: String, role: String = "child") {
        s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    private func submit(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ process: String, _ executor: String, _ work: Int64, _ fn: String) {
        s.add(ms, pid: pid, process: process, .futureSubmit, object: executor,
              [("work", .int(work)), ("func", .string(fn)), ("args", .string("()")), ("method", .string("submit"))])
    }

    private func run(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ process: String, thread: String, _ work: Int64) {
        s.add(ms, pid: pid, process: process, thread: thread, .futureStart, [("work", .int(work)), ("func", .string("f")), ("args", .string("()"))])
        s.add(ms + 1, pid: pid, process: process, thread: thread, .futureEnd, [("work", .int(work)), ("ok", .bool(true)), ("result", .string("0"))])
    }

    /// r6a_futures_threads_in_worker (spawn): a ProcessPoolExecutor work item runs a ThreadPoolExecutor; the worker
    /// process numbers its thread pool's items 0, 1, 2 while the parent's item 2 is not started yet. The summary said
    /// "ThreadPoolExecutor#1 (max_workers 3): 3 work items submitted, 2 ran": its item 2 had two possible owners.
    /// A ThreadPoolExecutor's items run in the process that made it; a ProcessPoolExecutor's in another process.
    func testAThreadPoolsItemInAProcessPoolWorkerIsNotConfusedWithTheParentsItem() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for work in Int64(0)..<3 { submit(&s, 2, 100, "MainProcess", "ProcessPoolExecutor#1", work, "batch") }
        s.add(3, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("SpawnProcess-1")), ("executor", .string("ProcessPoolExecutor#1"))])
        start(&s, 10, 201, "SpawnProcess-1")
        s.add(11, pid: 201, process: "SpawnProcess-1", .futureStart, [("work", .int(0)), ("func", .string("batch")), ("args", .string("()"))])
        s.add(12, pid: 201, process: "SpawnProcess-1", .executorCreate, object: "ThreadPoolExecutor#1",
              [("type", .string("ThreadPoolExecutor")), ("max_workers", .int(3))])
        for work in Int64(0)..<3 {
            submit(&s, 13, 201, "SpawnProcess-1", "ThreadPoolExecutor#1", work, "fetch")
            run(&s, 14, 201, "SpawnProcess-1", thread: "ThreadPoolExecutor-0_\(work)", work)
        }
        s.add(20, pid: 201, process: "SpawnProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("1"))])
        run(&s, 21, 201, "SpawnProcess-1", thread: "MainThread", 1)
        run(&s, 23, 201, "SpawnProcess-1", thread: "MainThread", 2)
        let figures = Dictionary(uniqueKeysWithValues: ExecutorFigures.all(s.timeline()).map { ($0.executor, $0) })
        XCTAssertEqual(figures["ThreadPoolExecutor#1"]?.perWorker.map(\.items).reduce(0, +), 3)
        XCTAssertEqual(figures["ThreadPoolExecutor#1"]?.perWorker.map(\.worker),
                       ["SpawnProcess-1 · ThreadPoolExecutor-0_0", "SpawnProcess-1 · ThreadPoolExecutor-0_1", "SpawnProcess-1 · ThreadPoolExecutor-0_2"])
        XCTAssertEqual(figures["ProcessPoolExecutor#1"]?.perWorker.map(\.items), [3])
    }
}
