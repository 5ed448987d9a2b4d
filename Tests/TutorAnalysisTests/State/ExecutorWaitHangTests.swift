import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A hang on futures of two executors names the executor and worker of the unfinished item.
final class ExecutorWaitHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func start(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ name: String, role: String) {
        s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    private func checked(_ s: EventScript, run: RunFacts) -> (reasons: [String], violations: [InvariantChecker.Violation]) {
        let timeline = s.timeline(run: run)
        let reasons = HangExplainer(timeline: timeline).reasons()
        let replayer = StateReplayer(timeline: timeline)
        for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
        let notes = Annotator(timeline: timeline).notes()
        return (reasons.map(\.text), InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations())
    }

    /// futures_wait_two_executors_hang: `wait()` over one future of each of two ProcessPoolExecutors, both work item 0.
    /// Before: no part named the worker (the wait had no one executor, and work 0 could be either's).
    func testAWaitOnTwoExecutorsFuturesNamesTheExecutorAndWorkerOfTheUnfinishedItem() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            let label = "ProcessPoolExecutor#\(n)"
            s.add(Double(n), pid: 100, process: "MainProcess", .executorCreate, object: label,
                  [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
            s.add(Double(n) + 0.1, pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(pid))), ("name", .string("ForkProcess-\(n)")), ("daemon", .bool(false)), ("executor", .string(label))])
            s.add(Double(n) + 0.2, pid: 100, process: "MainProcess", .futureSubmit, object: label,
                  [("work", .int(0)), ("func", .string(n == 1 ? "quick" : "stuck")), ("args", .string("(1)")), ("method", .string("submit"))])
        }
        s.add(5, pid: 100, process: "MainProcess", .executorWait,
              [("call", .string("wait()")), ("pending", .int(2)), ("works", .array([.int(0), .int(0)])), ("timeout", .null),
               ("executors", .array([.string("ProcessPoolExecutor#1"), .string("ProcessPoolExecutor#2")]))])
        start(&s, 6, 201, "ForkProcess-1", role: "child")
        start(&s, 7, 202, "ForkProcess-2", role: "child")
        s.add(8, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("quick")), ("args", .string("(1)"))])
        s.add(9, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("2"))])
        s.add(10, pid: 202, process: "ForkProcess-2", .futureStart, [("work", .int(0)), ("func", .string("stuck")), ("args", .string("(2)"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let (reasons, violations) = checked(s, run: timedOut)
        XCTAssertEqual(violations, [])
        XCTAssertEqual(reasons.count, 1, "\(reasons)")
        XCTAssertTrue(reasons[0].hasPrefix("MainProcess waits in wait() for work item 0 of ProcessPoolExecutor#1 and work item 0 of ProcessPoolExecutor#2"),
                      reasons[0])
        XCTAssertTrue(reasons[0].contains("ForkProcess-2, a worker of ProcessPoolExecutor#2, started work item 0 at 0.010 s and never finished it"), reasons[0])
        XCTAssertFalse(reasons[0].contains("ForkProcess-1"), reasons[0])
    }
}
