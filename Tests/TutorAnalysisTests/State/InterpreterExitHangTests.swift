import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The main thread's wait at interpreter exit, and a daemon terminated at exit, in hang explanations.
final class InterpreterExitHangTests: XCTestCase {
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

    /// docs_futures_deadlock_ab: the two work items wait on each other, and the main thread, past the script's last
    /// line, waits at interpreter exit for the executor's threads. Before: the hang note did not mention the main thread.
    func testTheMainThreadsWaitAtInterpreterExitIsNamedWhenTheThreadsItJoinsAreBlocked() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1",
              [("type", .string("ThreadPoolExecutor")), ("max_workers", .int(2))])
        for work in 0...1 {
            s.add(2 + Double(work), pid: 100, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("wait_on")), ("args", .string("()")), ("method", .string("submit"))])
            s.add(2.5 + Double(work), pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_\(work)", .futureStart,
                  [("work", .int(Int64(work))), ("func", .string("wait_on")), ("args", .string("()"))])
        }
        s.add(4.5, pid: 100, process: "MainProcess", .threadShutdownWait,
              [("threads", .array([.string("ThreadPoolExecutor-0_0"), .string("ThreadPoolExecutor-0_1")]))])
        s.add(500, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureWait, object: "ThreadPoolExecutor#1",
              [("work", .int(1)), ("call", .string("result()"))])
        s.add(501, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .futureWait, object: "ThreadPoolExecutor#1",
              [("work", .int(0)), ("call", .string("result()"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let (reasons, violations) = checked(s, run: timedOut)
        XCTAssertEqual(violations, [])
        let exit = reasons.first { $0.contains("interpreter exit") }
        XCTAssertEqual(exit, "MainProcess has reached interpreter exit and waits in threading._shutdown() for its threads to end, and they are "
                       + "blocked: MainProcess/ThreadPoolExecutor-0_0 waits in result() for work item 1 of ThreadPoolExecutor#1; "
                       + "MainProcess/ThreadPoolExecutor-0_1 waits in result() for work item 0 of ThreadPoolExecutor#1.")
        // the wait is one the ledger counts unfinished, named by its call
        XCTAssertTrue(WaitLedger(s.timeline(run: timedOut)).unfinished.contains { $0.call == "threading._shutdown()" })
    }

    /// The exit wait alone, threads not blocked (a worker still computing): no cause is stated about it.
    func testAnExitWaitWhoseThreadsAreNotBlockedStatesNoCause() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .threadStart, [("name", .string("Worker")), ("daemon", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", .threadShutdownWait, [("threads", .array([.string("Worker")]))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let (reasons, violations) = checked(s, run: timedOut)
        XCTAssertEqual(violations, [])
        XCTAssertFalse(reasons.contains { $0.contains("they are blocked") }, "\(reasons)")
        // closed by its end: no longer blocked
        var done = EventScript()
        start(&done, 0, 100, "MainProcess", role: "main")
        done.add(2, pid: 100, process: "MainProcess", .threadShutdownWait, [("threads", .array([.string("Worker")]))])
        done.add(9, pid: 100, process: "MainProcess", .threadShutdownWaited, [("waited_ns", .int(7_000_000)), ("ok", .bool(true))])
        let timeline = done.timeline()
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: 2).blocked.count, 0)
        XCTAssertEqual(WaitLedger(timeline).unfinished.count, 0)
    }

    /// r3_daemon_killed_at_exit: "Process-1 was ended by SIGTERM (no kill() or terminate() call on it was recorded…)"
    /// while multiprocessing's exit function had terminated the daemon.
    func testADaemonTerminatedAtExitIsSaidSoWithItsPremise() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("Process-1")), ("daemon", .bool(true)), ("executor", .null)])
        start(&s, 2, 201, "Process-1", role: "child")
        s.add(300, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("Process-1")), ("at_exit", .bool(true))])
        s.add(301, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(-15))])
        s.add(302, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.text.contains("SIGTERM") }
        XCTAssertNotNil(note)
        XCTAssertTrue(note?.text.contains("multiprocessing's exit function called terminate() on it") == true, note?.text ?? "")
        XCTAssertFalse(note?.text.contains("no kill() or terminate()") == true)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
    }
}
