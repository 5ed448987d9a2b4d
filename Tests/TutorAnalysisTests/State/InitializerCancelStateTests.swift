import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// What round 4 of the truth review left open (docs/truth-review.md, "left"): the hang of a Pool whose workers all
/// die in its initializer, the hang of an executor with no worker left, cancelled work items, and calls that raised
/// and so changed no state. Every cause a note states is asked again of the state model.
final class InitializerCancelStateTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 4)
    private let handler = "Thread-1 (_handle_workers)"

    private func start(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ name: String, role: String = "child") {
        s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    private func checked(_ s: EventScript) -> (reasons: [String], violations: [InvariantChecker.Violation]) {
        let timeline = s.timeline(run: timedOut)
        let reasons = HangExplainer(timeline: timeline).reasons()
        let replayer = StateReplayer(timeline: timeline)
        for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
        let notes = Annotator(timeline: timeline).notes()
        return (reasons.map(\.text), InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations())
    }

    /// r4_pool_initializer_raises: Pool(1, initializer=init) whose init raises; map() waits. `succeed`: the second
    /// worker gets through the initializer (then the pool is not dead, and the note must not say it is).
    private func initializerScript(secondSucceeds: Bool = false, thirdRaised: Bool = false) -> EventScript {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 100, process: "MainProcess", .threadStart, [("name", .string(handler)), ("infra", .bool(true))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("chunks", .int(3)), ("method", .string("map"))])
        s.add(5, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("call", .string("map()"))])
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            let name = "ForkPoolWorker-\(n)", at = Double(n) * 100
            if n == 2 {
                s.add(at - 10, pid: 100, process: "MainProcess", thread: handler, .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            }
            start(&s, at, pid, name)
            s.add(at + 1, pid: pid, process: name, .poolInit, [("func", .string("init")), ("args", .string("()"))])
            if n == 2 && secondSucceeds {
                s.add(at + 50, pid: pid, process: name, .poolInitEnd, [("func", .string("init")), ("ok", .bool(true)), ("error", .null)])
                continue
            }
            s.add(at + 50, pid: pid, process: name, .poolInitEnd,
                  [("func", .string("init")), ("ok", .bool(false)), ("error", .string("RuntimeError: no database"))])
            s.add(at + 52, pid: pid, process: name, .processExit, [("exitcode", .int(1))])
            s.add(at + 55, pid: 100, process: "MainProcess", thread: handler, .processReaped,
                  [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("exitcode", .int(1))])
        }
        if !secondSucceeds {
            s.add(290, pid: 100, process: "MainProcess", thread: handler, .processSpawn, [("child_pid", .int(203)), ("name", .string("ForkPoolWorker-3"))])
            start(&s, 300, 203, "ForkPoolWorker-3")
            s.add(301, pid: 203, process: "ForkPoolWorker-3", .poolInit, [("func", .string("init")), ("args", .string("()"))])
            if thirdRaised {
                s.add(350, pid: 203, process: "ForkPoolWorker-3", .poolInitEnd,
                      [("func", .string("init")), ("ok", .bool(false)), ("error", .string("RuntimeError: no database"))])
            }
        }
        s.add(4000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s
    }

    func testEveryWorkerDyingInItsInitializerIsTheHangsCause() {
        let (reasons, violations) = checked(initializerScript())
        XCTAssertEqual(violations, [])
        XCTAssertTrue(reasons.contains { $0.contains("waits in map() for task 0 of Pool#1 since 0.005 s, but no task of Pool#1 ever started: "
            + "the initializer init raised (RuntimeError: no database) in 2 of its workers and none got through it; "
            + "the pool started 2 workers in place of those that ended; ForkPoolWorker-3 is in the initializer now.") }, "\(reasons)")
        XCTAssertTrue(reasons.contains { $0.contains("never passes the error to map(), so it waits forever") }, "\(reasons)")
        let timeline = initializerScript().timeline(run: timedOut)
        let state = StateReplayer(timeline: timeline).state(after: timeline.events.lastIndex { $0.is(.poolInit) }!)
        XCTAssertEqual(state.pools.first?.initializing, ["ForkPoolWorker-3"])
        XCTAssertEqual(state.processes.first { $0.pid == 203 }?.activity, "running the pool's initializer init")
    }

    /// The watchdog may stop the run between a worker's failed initializer and its exit: that worker is dying, not working.
    func testAWorkerWhoseInitializerRaisedIsCountedBeforeItsExitIsSeen() {
        let (reasons, violations) = checked(initializerScript(thirdRaised: true))
        XCTAssertEqual(violations, [])
        XCTAssertTrue(reasons.contains { $0.contains("raised (RuntimeError: no database) in 3 of its workers and none got through it; "
            + "the pool started 2 workers in place of those that ended. While") }, "\(reasons)")
    }

    func testAWorkerThatGotThroughTheInitializerMeansThePoolIsNotDead() {
        let (reasons, _) = checked(initializerScript(secondSucceeds: true))
        XCTAssertFalse(reasons.contains { $0.contains("initializer") }, "\(reasons)")
        XCTAssertFalse(reasons.isEmpty, "the wait itself is still named")
    }

    /// r4_futures_max_tasks_hang: both workers ended after max_tasks_per_child items and none replaced them.
    private func executorScript(secondAlive: Bool = false) -> EventScript {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        for work in 0..<5 {
            s.add(2 + Double(work), pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("who")), ("args", .string("(\(work),)")), ("method", .string("map"))])
        }
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            s.add(10 + Double(n), pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(pid))), ("name", .string("SpawnProcess-\(n)")), ("executor", .string("ProcessPoolExecutor#1"))])
        }
        s.add(20, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1", [("work", .int(4)), ("call", .string("map()"))])
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            let name = "SpawnProcess-\(n)", at = Double(n) * 100
            start(&s, at, pid, name)
            for work in [n - 1, n + 1] {
                s.add(at + Double(work) * 10, pid: pid, process: name, .futureStart, [("work", .int(Int64(work))), ("func", .string("who"))])
                s.add(at + Double(work) * 10 + 5, pid: pid, process: name, .futureEnd, [("work", .int(Int64(work))), ("ok", .bool(true))])
            }
            if n == 2 && secondAlive { continue }
            s.add(at + 60, pid: pid, process: name, .processExit, [("exitcode", .int(0))])
        }
        s.add(4000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s
    }

    func testAnExecutorWithNoWorkerLeftSaysSo() {
        let (reasons, violations) = checked(executorScript())
        XCTAssertEqual(violations, [])
        XCTAssertTrue(reasons.contains { $0.contains("work item 4 was submitted but no worker started it, and no worker of ProcessPoolExecutor#1 is alive: "
            + "every worker it started has ended (SpawnProcess-1, SpawnProcess-2), and no other is starting.") }, "\(reasons)")
    }

    func testAnExecutorWithALiveWorkerDoesNotSayNoneIsAlive() {
        let (reasons, _) = checked(executorScript(secondAlive: true))
        XCTAssertTrue(reasons.contains { $0.contains("work item 4 was submitted but no worker started it.") }, "\(reasons)")
        XCTAssertFalse(reasons.contains { $0.contains("is alive") }, "\(reasons)")
    }

    /// A premise made for one state does not hold at a step where a worker is still alive.
    func testTheNoLiveWorkerPremiseIsAskedOfTheState() {
        let timeline = executorScript().timeline(run: timedOut)
        let replayer = StateReplayer(timeline: timeline)
        let workers = ["SpawnProcess-1", "SpawnProcess-2"]
        let last = timeline.events.count - 2
        XCTAssertTrue(NotePremise.executorWorkersEnded(step: last, executor: "ProcessPoolExecutor#1", workers: workers).holds(in: replayer))
        let beforeSecondEnds = timeline.events.lastIndex { $0.is(.futureEnd) && $0.pid == 202 }!
        XCTAssertFalse(NotePremise.executorWorkersEnded(step: beforeSecondEnds, executor: "ProcessPoolExecutor#1", workers: workers).holds(in: replayer))
        XCTAssertFalse(NotePremise.initializerDeaths(step: last, pid: 100, thread: "MainThread", pool: "Pool#1", failed: 1, replaced: 0).holds(in: replayer))
    }

    /// r4_futures_cancel_callbacks: "6 submitted, 3 ran" and nothing about the three cancelled.
    func testCancelledWorkItemsAreCountedApartOncePerItem() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("max_workers", .int(1))])
        for work in 0..<4 {
            s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("nap")), ("args", .string("(1,)")), ("method", .string("submit"))])
        }
        func cancel(_ ms: Double, _ work: Int64, ok: Bool, call: String, state: String) {
            s.add(ms, pid: 100, process: "MainProcess", .futureCancel, object: "ThreadPoolExecutor#1",
                  [("work", .int(work)), ("ok", .bool(ok)), ("call", .string(call)), ("state", .string(state))])
        }
        cancel(3, 0, ok: false, call: "cancel()", state: "running")
        cancel(4, 3, ok: true, call: "cancel()", state: "pending")
        cancel(5, 3, ok: true, call: "cancel()", state: "cancelled")
        cancel(6, 2, ok: true, call: "shutdown()", state: "pending")
        let figures = ExecutorFigures.all(s.timeline())
        XCTAssertEqual(figures.map(\.cancelled), [2])
        XCTAssertEqual(figures.map(\.submitted), [4])
    }

    /// The checker: a work item cancelled before it started never starts, and ran + cancelled never exceeds submitted.
    func testTheCheckerFailsAStartOfACancelledWorkItem() {
        func run(startCancelled: Bool) -> [InvariantChecker.Violation] {
            var s = EventScript()
            start(&s, 0, 100, "MainProcess", role: "main")
            s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("max_workers", .int(1))])
            for work in 0..<2 {
                s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1",
                      [("work", .int(Int64(work))), ("func", .string("nap")), ("method", .string("submit"))])
            }
            s.add(3, pid: 100, process: "MainProcess", .futureCancel, object: "ThreadPoolExecutor#1",
                  [("work", .int(1)), ("ok", .bool(true)), ("call", .string("cancel()")), ("state", .string("pending"))])
            for work in startCancelled ? [0, 1] : [0] {
                s.add(4 + Double(work), pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureStart,
                      [("work", .int(Int64(work))), ("func", .string("nap"))])
            }
            let timeline = s.timeline()
            return InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes()).violations()
        }
        XCTAssertEqual(run(startCancelled: false), [])
        let found = run(startCancelled: true).map(\.description)
        XCTAssertTrue(found.contains { $0.hasPrefix("pool-counts: ThreadPoolExecutor#1: work item 1 was cancelled before it started") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("pool-counts: ThreadPoolExecutor#1: 2 work items ran and 1 were cancelled") }, "\(found)")
    }

    /// r4_lock_released_by_other, r4_joinable_task_done_twice: a release() or task_done() that raised changed nothing.
    func testACallThatRaisedChangesNoState() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        start(&s, 1, 101, "Process-1")
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock"))])
        s.add(3, pid: 100, process: "MainProcess", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .queueCreate, object: "JoinableQueue#1", [("type", .string("JoinableQueue"))])
        s.add(5, pid: 100, process: "MainProcess", .queuePut, object: "JoinableQueue#1", [("item", .string("'job'"))])
        let release = s.add(6, pid: 101, process: "Process-1", .lockReleaseError, object: "RLock#1",
                            [("error", .string("AssertionError: attempt to release recursive lock not owned by thread"))])
        let done = s.add(7, pid: 101, process: "Process-1", .queueTaskDoneError, object: "JoinableQueue#1",
                         [("error", .string("ValueError: task_done() called too many times"))])
        let replayer = StateReplayer(timeline: s.timeline())
        let before = replayer.state(after: release - 1), after = replayer.state(after: done)
        XCTAssertEqual(after.locks, before.locks)
        XCTAssertEqual(after.locks.first?.holders.map(\.who), ["MainProcess"])
        XCTAssertEqual(after.queues, before.queues)
    }
}
