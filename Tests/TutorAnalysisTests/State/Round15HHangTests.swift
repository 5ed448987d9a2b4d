import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 15H of the truth review (docs/truth-review.md): programs that fail and hang, as real users write them.
final class Round15HHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 5)

    /// r15h_barrier_default_timeout under load: Barrier(3, timeout=1.0), two parties waiting with wait(), the
    /// watchdog came before their timeout ran out; the hang said "a Barrier's wait() without a timeout returns only…".
    func testABarrierWhoseWaitsHaveATimeoutIsNotSaidNeverToFill() {
        func run(timeout: Double?) -> Timeline {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(1, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3))])
            for (pid, name) in [(201, "Process-1"), (202, "Process-2")] as [(Int32, String)] {
                s.add(5, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
                var fields: [(String, JSONValue)] = [("parties", .int(3))]
                if let timeout { fields.append(("timeout", .double(timeout))) }
                s.add(10, pid: pid, process: name, .barrierWait, object: "Barrier#1", fields)
            }
            s.add(12, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1"))])
            s.add(300, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
            return s.timeline(run: timedOut)
        }
        XCTAssertFalse(HangExplainer(timeline: run(timeout: 1.0)).reasons().contains { $0.text.hasPrefix("Barrier#1") })
        // the same run without a timeout is still said short (the check is on the timeout, not on the shape)
        XCTAssertTrue(HangExplainer(timeline: run(timeout: nil)).reasons().contains { $0.text.hasPrefix("Barrier#1") })
    }

    /// r15h_condition_never_notified: the consumer waits on a Condition, the producer set the flag and ended without
    /// notify(); the "Why" only repeated "MainProcess waits on Condition#1 for a notify since …".
    private func conditionRun(notify: Bool, otherAlive: Bool) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(2, pid: 201, process: "producer", .processStart, [("name", .string("producer")), ("role", .string("child"))])
        if otherAlive { s.add(3, pid: 202, process: "helper", .processStart, [("name", .string("helper")), ("role", .string("child"))]) }
        s.add(5, pid: 100, process: "MainProcess", .conditionWait, object: "Condition#1", [("timeout", .null)])
        if notify { s.add(8, pid: 201, process: "producer", .conditionNotify, object: "Condition#1", [("count", .int(1)), ("all", .bool(false)), ("waiting", .int(0))]) }
        s.add(9, pid: 201, process: "producer", .processExit, [("exitcode", .int(0))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testAConditionWaitNobodyIsLeftToNotifySaysSo() throws {
        let timeline = conditionRun(notify: false, otherAlive: false)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first)
        XCTAssertEqual(reason.text, "MainProcess waits on Condition#1 for a notify since 0.005 s, and no notify() or notify_all() on Condition#1 was "
                       + "recorded after that wait began; no other process of the program is left free to call one: producer has ended (exitcode 0).")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    func testAConditionWaitWithANotifySinceOrAProcessStillFreeIsNotSaidUnwakeable() {
        for (notify, alive) in [(true, false), (false, true)] {
            let reasons = HangExplainer(timeline: conditionRun(notify: notify, otherAlive: alive)).reasons()
            XCTAssertFalse(reasons.contains { $0.text.contains("left free") }, "notify \(notify), alive \(alive)")
        }
    }

    /// r15h_bounded_queue_consumer_died: the producer waits to put on a full Queue, the only consumer raised and ended,
    /// the parent joins the producer.
    func testAPutOnAFullQueueNobodyIsLeftToGetFromSaysWhoEndedAndWhoIsBlocked() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(2, pid: 201, process: "consumer", .processStart, [("name", .string("consumer")), ("role", .string("child"))])
        s.add(3, pid: 202, process: "producer", .processStart, [("name", .string("producer")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(202)), ("name", .string("producer"))])
        s.add(6, pid: 202, process: "producer", .queueWait, object: "Queue#1", [("op", .string("put"))])
        s.add(7, pid: 201, process: "consumer", .processExit, [("exitcode", .int(1))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let timeline = s.timeline(run: timedOut)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.hasPrefix("producer") })
        XCTAssertEqual(reason.text, "producer waits to put on Queue#1, which is full, since 0.006 s; no other process of the program is left free to "
                       + "get from it and make room: consumer has ended (exitcode 1); MainProcess waits in join(producer).")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// r15h_manager_killed_event_wait under forkserver at load: the watchdog came 0.3 s after start() of the child
    /// that was to put; it had recorded nothing yet, and the hang said "no process still running will put anything".
    func testAChildStartedThatHasRecordedNothingYetKeepsTheStarvedGetUnsaid() {
        func run(childStarted: Bool) -> Timeline {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("waiter"))])
            if childStarted {
                s.add(3, pid: 201, process: "waiter", .processStart, [("name", .string("waiter")), ("role", .string("child"))])
                s.add(4, pid: 201, process: "waiter", .processExit, [("exitcode", .int(1))])
            }
            s.add(5, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
            s.add(300, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
            return s.timeline(run: timedOut)
        }
        XCTAssertFalse(HangExplainer(timeline: run(childStarted: false)).reasons().contains { $0.text.contains("no process still running") })
        XCTAssertTrue(HangExplainer(timeline: run(childStarted: true)).reasons().contains { $0.text.contains("no process still running") })
    }

    /// r15h_lock_reacquired_nested: a child takes a Lock it already holds; the hang said only "worker waits to acquire".
    func testALockItsOwnWaiterHoldsIsSaidNotReentrant() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        s.add(2, pid: 201, process: "worker", .processStart, [("name", .string("worker")), ("role", .string("child"))])
        s.add(3, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("worker"))])
        s.add(4, pid: 201, process: "worker", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(5, pid: 201, process: "worker", .lockWait, object: "Lock#1", [])
        s.add(300, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let timeline = s.timeline(run: timedOut)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.hasPrefix("worker") })
        XCTAssertEqual(reason.text, "worker waits to acquire Lock#1 since 0.005 s, and worker holds Lock#1 itself: a Lock is not re-entrant, so this "
                       + "acquire() waits for a release() only worker could make, and it never comes. Take the lock once (not again in code the "
                       + "holder calls), or use an RLock.")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// r15h_queue_put_recursion: the builder put a 100000-deep tuple, its feeder thread dropped it (RecursionError);
    /// the hang advised an end signal, as if the item had never been put.
    func testAStarvedGetWhoseItemTheFeederDroppedNamesTheDroppedPut() throws {
        func run(dropped: Bool) -> Timeline {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            s.add(2, pid: 201, process: "builder", .processStart, [("name", .string("builder")), ("role", .string("child"))])
            s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
            s.add(4, pid: 201, process: "builder", .queuePut, object: "Queue#1", [("item", .string("(9, <tuple>)")), ("depth", .int(1))])
            if dropped {
                s.add(5, pid: 201, process: "builder", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
                      [("item", .string("(9, <tuple>)")), ("type", .string("tuple")), ("message", .string("RecursionError: too deep")), ("since_put_ns", .int(1_000_000))])
            }
            s.add(9, pid: 201, process: "builder", .processExit, [("exitcode", .int(0))])
            s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
            return s.timeline(run: timedOut)
        }
        let timeline = run(dropped: true)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.hasPrefix("MainProcess waits to get") })
        XCTAssertTrue(reason.text.hasSuffix(" builder did put (9, <tuple>) on Queue#1 at 0.004 s, but that item never reached the pipe: the queue's "
                                            + "feeder thread could not pickle it (RecursionError: too deep) and dropped it, so no get() can return it."), reason.text)
        XCTAssertFalse(reason.text.contains("end signal"), reason.text)
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
        XCTAssertFalse(HangExplainer(timeline: run(dropped: false)).reasons().contains { $0.text.contains("dropped") })
    }
}
