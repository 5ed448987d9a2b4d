import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 17 of the truth review (docs/truth-review.md): the questions learners ask on forums, as programs.
final class Round17HangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 8)

    /// r17_terminate_holding_lock_hang: a worker inside `with lock:` is ended by terminate(); the parent's own
    /// `with lock:` waits forever. The hang said "worker still held it: it was never released", as if worker could
    /// still release it; worker had ended (exitcode -15) holding it, and no release() can come.
    func testALockWaitWhoseHolderEndedHoldingItSaysTheHolderEnded() throws {
        func run(holderEnds: Bool) -> Timeline {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("worker"))])
            s.add(3, pid: 201, ppid: 100, process: "worker", .processStart, [("name", .string("worker")), ("role", .string("child"))])
            s.add(4, pid: 201, ppid: 100, process: "worker", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
            if holderEnds {
                s.add(500, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("worker"))])
                s.add(503, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("worker")),
                                                                               ("exitcode", .int(-15))])
            }
            s.add(504, pid: 100, process: "MainProcess", .lockWait, object: "Lock#1", [])
            s.add(8000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
            return s.timeline(run: timedOut)
        }
        let timeline = run(holderEnds: true)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.hasPrefix("MainProcess waits to acquire") })
        XCTAssertEqual(reason.text, "MainProcess waits to acquire Lock#1 since 0.504 s, and Lock#1 was taken and never released: worker acquired "
                       + "it at 0.004 s, then ended (exitcode -15) still holding it. A multiprocessing Lock is not released when the process "
                       + "holding it ends (a with-block's exit never runs in a process ended by a signal or os._exit), so no release() can come.")
        XCTAssertFalse(reason.text.contains("still held it"), reason.text)
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
        // a holder still running: the plain "still held it" stays
        let alive = try XCTUnwrap(HangExplainer(timeline: run(holderEnds: false)).reasons().first { $0.text.hasPrefix("MainProcess") })
        XCTAssertTrue(alive.text.hasSuffix("and worker still held it: it was never released."), alive.text)
    }

    /// r17_pool_map_bad_chunksize_join_hang: pool.map(f, a, b) raised TypeError in the caller, leaving job 0 in the pool's
    /// cache; the program then called close() and join(), which never returns. The hang said only "MainProcess waits in
    /// join() for Pool#1 to finish … since 1.059 s" (its own wait again): the cause, the job left in the cache, was missing.
    func testAPoolJoinThatWaitsForAJobAFailedCallLeftSaysSo() throws {
        func run(terminated: Bool) -> Timeline {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
            s.add(2, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#1",
                  [("method", .string("map")), ("func", .string("power")), ("state", .string("RUN")),
                   ("error", .string("TypeError: '<=' not supported between instances of 'list' and 'int'")), ("job", .int(0))])
            s.add(3, pid: 100, process: "MainProcess", .poolClose, object: "Pool#1")
            if terminated { s.add(4, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1") }
            s.add(5, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(-1)), ("call", .string("join()"))])
            s.add(8000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
            return s.timeline(run: timedOut)
        }
        let timeline = run(terminated: false)
        let reasons = HangExplainer(timeline: timeline).reasons()
        let reason = try XCTUnwrap(reasons.first { $0.text.contains("cache still holds job 0") }, reasons.map(\.text).joined(separator: "\n"))
        XCTAssertEqual(reason.text, "MainProcess waits in join() for Pool#1 since 0.005 s, and Pool#1's cache still holds job 0, which map() left "
                       + "there when it raised at 0.002 s (TypeError: '<=' not supported between instances of 'list' and 'int'): a closed pool's "
                       + "worker-handler thread (_handle_workers) runs until its cache is empty, and join() waits for that thread, so join() never "
                       + "returns. terminate() does not wait for the cache (a with-block's end calls it).")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
        // terminated: the cache is no reason (the rule says nothing)
        XCTAssertFalse(HangExplainer(timeline: run(terminated: true)).reasons().contains { $0.text.contains("cache still holds") })
    }
}
