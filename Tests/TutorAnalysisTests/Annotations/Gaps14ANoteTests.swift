import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 14A: round 13's and 13F's "seen, not fixed" notes.
final class Gaps14ANoteTests: XCTestCase {
    // MARK: r13_manager_cache_check_then_set: `if key not in cache: cache[key] = compute(key)` in two Pool workers

    /// Worker A tests key 3 at 100 ms, worker B at `bTest` ms (returning `bFound`), A sets it at 150 ms, B at 160 ms
    /// (each set's round trip 2 ms).
    private func cache(bTest: Double, bFound: Bool = false) -> (Timeline, sets: (Int, Int)) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (pid, name) in [(20 as Int32, "ForkPoolWorker-1"), (30, "ForkPoolWorker-2")] {
            s.add(1, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        func test(_ ms: Double, _ pid: Int32, _ name: String, found: Bool) {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string("__contains__")), ("waited_ns", .int(500_000)), ("ok", .bool(true)),
                   ("args", .string("(3,)")), ("result", .string(found ? "True" : "False"))])
        }
        func set(_ ms: Double, _ pid: Int32, _ name: String) -> Int {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string("__setitem__")), ("waited_ns", .int(2_000_000)), ("ok", .bool(true)),
                   ("args", .string("(3, 9)")), ("result", .string("None")), ("access", .string("write")), ("key", .string("3")),
                   ("value", .string("9"))])
        }
        test(100, 20, "ForkPoolWorker-1", found: false)
        test(bTest, 30, "ForkPoolWorker-2", found: bFound)
        let a = set(150, 20, "ForkPoolWorker-1")
        let b = set(160, 30, "ForkPoolWorker-2")
        return (s.timeline(), (a, b))
    }

    func testTwoTestsThatFoundTheKeyMissingBeforeEitherSetItAreACheckThenSetRace() throws {
        let (timeline, sets) = cache(bTest: 120)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, sets.1)
        XCTAssertEqual(note.text, "ForkPoolWorker-1 and ForkPoolWorker-2 both tested whether 3 was in dict#1 and found it missing "
                       + "(ForkPoolWorker-1 at 0.100 s, ForkPoolWorker-2 at 0.120 s), before either had stored it; so each set dict#1[3] "
                       + "(ForkPoolWorker-1 at 0.150 s, ForkPoolWorker-2 at 0.160 s). A test and a set are two separate round trips to "
                       + "the manager's server, and nothing kept the other caller from testing in between: a check-then-set race, so both "
                       + "went on to store it. Hold one Manager Lock around the test and the set")
        XCTAssertEqual(note.premise, .checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: sets.0, setB: sets.1), count: 1))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testATestThatFoundTheKeyOrReturnedAfterASetBeganIsNoRace() {
        // B found it (the locked version of the program): no race
        XCTAssertFalse(Annotator(timeline: cache(bTest: 120, bFound: true).0).notes().contains { $0.kind == .checkThenSet })
        // B's test returned after A's set had begun (148 ms): the record does not prove B tested before A's set
        XCTAssertFalse(Annotator(timeline: cache(bTest: 149).0).notes().contains { $0.kind == .checkThenSet })
        // a premise pairing one caller's test with the other's set does not hold, nor one with a wrong count
        let (timeline, sets) = cache(bTest: 120)
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertFalse(NotePremise.checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: sets.1, setB: sets.0), count: 1).holds(in: replayer))
        XCTAssertTrue(NotePremise.checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: sets.0, setB: sets.1), count: 1).holds(in: replayer))
        XCTAssertFalse(NotePremise.checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: sets.0, setB: sets.1), count: 2).holds(in: replayer))
    }

    // MARK: r13f_done_callback_slow: a 400 ms done-callback on the executor's manager thread

    /// Work item 0 ends at 100 ms and its result is read at 101 ms; its callback runs 101–`callbackEnd` ms on the manager
    /// thread; work item 1 ended at 150 ms in the other worker, and its result is read after the callback.
    private func callbacks(callbackEnd: Double) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for (pid, name) in [(20 as Int32, "ForkProcess-1"), (30, "ForkProcess-2")] {
            s.add(2, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name)),
                                                                     ("executor", .string("ProcessPoolExecutor#1"))])
            s.add(3, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        for work in 0..<2 {
            s.add(4, pid: 10, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("quick")), ("method", .string("submit"))])
        }
        s.add(5, pid: 20, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("quick"))])
        s.add(6, pid: 30, process: "ForkProcess-2", .futureStart, [("work", .int(1)), ("func", .string("quick"))])
        s.add(100, pid: 20, process: "ForkProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("0"))])
        let manager = "Thread-1"
        s.add(101, pid: 10, process: "MainProcess", thread: manager, .futureResult, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("ok", .bool(true))])
        s.add(101.1, pid: 10, process: "MainProcess", thread: manager, .futureCallbackRun, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("save"))])
        s.add(150, pid: 30, process: "ForkProcess-2", .futureEnd, [("work", .int(1)), ("ok", .bool(true)), ("result", .string("1"))])
        s.add(callbackEnd, pid: 10, process: "MainProcess", thread: manager, .futureCallbackEnd, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("save"))])
        let read = s.add(callbackEnd + 0.3, pid: 10, process: "MainProcess", thread: manager, .futureResult, object: "ProcessPoolExecutor#1",
                         [("work", .int(1)), ("ok", .bool(true))])
        return (s.timeline(), read)
    }

    func testAResultReadLateWhileTheManagerThreadRanACallbackSaysSo() throws {
        let (timeline, read) = callbacks(callbackEnd: 501.1)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .callbackHeldResult })
        XCTAssertEqual(note.eventIndex, read)
        XCTAssertEqual(note.text, "The result of work item 1 is read 351 ms after ForkProcess-2 finished it and began sending it back "
                       + "(0.150 s): for 351 ms of that, ProcessPoolExecutor#1's manager thread, the one thread that reads every result "
                       + "and sets its Future, was running done-callbacks (save of work item 0). A callback added with "
                       + "add_done_callback() runs in that thread when its Future is set, and no other result is read until it returns: "
                       + "a slow callback delays every Future after it. Do slow work in another thread, or after result()")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testAQuickCallbackHoldsNothingUp() {
        // the callback returned 20 ms after work item 1 ended: under the 50 ms said
        XCTAssertFalse(Annotator(timeline: callbacks(callbackEnd: 170).0).notes().contains { $0.kind == .callbackHeldResult })
        let (timeline, read) = callbacks(callbackEnd: 501.1)
        XCTAssertNotNil(StateQueries.callbackHold(resultAt: read, in: timeline.events))
        XCTAssertNil(StateQueries.callbackHold(resultAt: read - 1, in: timeline.events))    // not a future.result
    }
}
