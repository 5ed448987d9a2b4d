import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 16A: a check-then-set race on a Manager Namespace's attribute (g16a_namespace_check_then_set).
final class Gaps16ANoteTests: XCTestCase {
    /// A and B each read ns.`attr` (B's read returning `bResult`, or raising `bError`), then set it.
    private func attrRace(attr: String = "winner", aResult: String? = "None", bResult: String? = "None",
                          bError: String? = nil, setter: String = "__setattr__") -> (Timeline, set: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (pid, name) in [(20 as Int32, "Process-2"), (30, "Process-3")] {
            s.add(1, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        func read(_ ms: Double, _ pid: Int32, _ name: String, _ result: String?, _ error: String?) {
            var fields: [(String, JSONValue)] = [("type", .string("Namespace")), ("method", .string("__getattribute__")),
                                                 ("waited_ns", .int(500_000)), ("ok", .bool(error == nil)),
                                                 ("args", .string("('\(attr)',)")), ("result", result.map { .string($0) } ?? .null)]
            if let error { fields.append(("error", .string(error))) }
            s.add(ms, pid: pid, process: name, .managerCall, object: "Namespace#1", fields)
        }
        func set(_ ms: Double, _ pid: Int32, _ name: String, _ value: String) -> Int {
            s.add(ms, pid: pid, process: name, .managerCall, object: "Namespace#1",
                  [("type", .string("Namespace")), ("method", .string(setter)), ("waited_ns", .int(2_000_000)), ("ok", .bool(true)),
                   ("args", .string("('\(attr)', \(value))")), ("result", .string("None")), ("access", .string("write")),
                   ("key", .string("'\(attr)'")), ("value", .string(value))])
        }
        read(100, 20, "Process-2", aResult, aResult == nil ? "AttributeError" : nil)
        read(101, 30, "Process-3", bError == nil ? bResult : nil, bError)
        _ = set(400, 20, "Process-2", "'A'")
        let later = set(402, 30, "Process-3", "'B'")
        return (s.timeline(), later)
    }

    func testTwoAttributeReadsThatGotNoneBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = attrRace()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertEqual(note.text, "Process-2 and Process-3 both read Namespace#1.winner and got None (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had set it; so each set Namespace#1.winner (Process-2 at 0.400 s, Process-3 at 0.402 s). Reading an attribute and setting it are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to set it. Hold one Manager Lock around the read and the set")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testTwoAttributeReadsThatRaisedAttributeErrorBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = attrRace(attr: "started", aResult: nil, bError: "AttributeError")
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertTrue(note.text.hasPrefix("Process-2 and Process-3 both read Namespace#1.started and found no such attribute (the read raised AttributeError, which is what hasattr() and getattr() with a default see) (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had set it; so each set Namespace#1.started"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testAttributeReadsThatDoNotProveTheRaceGetNoNote() {
        func raced(_ t: (Timeline, set: Int)) -> Bool { Annotator(timeline: t.0).notes().contains { $0.kind == .checkThenSet } }
        XCTAssertFalse(raced(attrRace(bResult: "'A'")))                     // B read a value: it saw A's set, or another
        XCTAssertFalse(raced(attrRace(bResult: "False")))                   // A got None, B False: not the same reading
        XCTAssertFalse(raced(attrRace(aResult: nil, bResult: "None")))      // one raised, one got None
        XCTAssertFalse(raced(attrRace(bError: "KeyError")))                 // not a missing attribute
        XCTAssertFalse(raced(attrRace(setter: "__setitem__")))              // a read paired with an item set
        XCTAssertFalse(raced(attrRace(attr: "a b")))                        // not a name the program could write as ns.x
        // the premise asks the calls again: one pairing a read with the other caller's set does not hold
        let (timeline, _) = attrRace()
        XCTAssertTrue(NotePremise.checkThenSet(CheckThenSet(testA: 3, testB: 4, setA: 5, setB: 6), count: 1)
            .holds(in: StateReplayer(timeline: timeline)))
        let race = CheckThenSet(testA: 3, testB: 4, setA: 6, setB: 5)
        XCTAssertFalse(NotePremise.checkThenSet(race, count: 1).holds(in: StateReplayer(timeline: timeline)))
    }

    // MARK: g16a_pool_callback_slow: a 400 ms apply_async callback on the Pool's result handler thread

    /// Task 0 ends at 100 ms in ForkPoolWorker-1 and its result is read at 101 ms; its callback runs 101–`callbackEnd` ms
    /// on the result handler thread; task 1 ended at 150 ms in `worker1` (a worker of `pool1`), and its result is read
    /// after the callback.
    private func poolCallbacks(callbackEnd: Double, pool1: String = "Pool#1", thread: String = "Thread-3 (_handle_results)")
        -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (label, workers) in [("Pool#1", [(20 as Int32, "ForkPoolWorker-1")]), ("Pool#2", [(30 as Int32, "ForkPoolWorker-2")])] {
            s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: label, [("processes", .int(1))])
            for (pid, name) in workers {
                s.add(2, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
                s.add(3, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            }
        }
        let worker1: (Int32, String) = pool1 == "Pool#1" ? (20, "ForkPoolWorker-1") : (30, "ForkPoolWorker-2")
        for job in 0..<2 {
            s.add(4, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("func", .string("work")), ("method", .string("apply_async"))])
        }
        s.add(5, pid: 20, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("work"))])
        s.add(6, pid: worker1.0, process: worker1.1, .taskStart, [("job", .int(1)), ("index", .int(0)), ("func", .string("work"))])
        s.add(100, pid: 20, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("0"))])
        s.add(101, pid: 10, process: "MainProcess", thread: thread, .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(101.1, pid: 10, process: "MainProcess", thread: thread, .poolCallback, [("job", .int(0)), ("func", .string("save")), ("error", .bool(false))])
        s.add(150, pid: worker1.0, process: worker1.1, .taskEnd, [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("10"))])
        s.add(callbackEnd, pid: 10, process: "MainProcess", thread: thread, .poolCallbackEnd, [("job", .int(0))])
        let read = s.add(callbackEnd + 0.3, pid: 10, process: "MainProcess", thread: thread, .poolResult, object: "Pool#1",
                         [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        return (s.timeline(), read)
    }

    func testAPoolResultReadLateWhileTheResultHandlerRanACallbackSaysSo() throws {
        let (timeline, read) = poolCallbacks(callbackEnd: 501.1)
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .callbackHeldResult })
        XCTAssertEqual(note.eventIndex, read)
        XCTAssertEqual(note.text, "The result of task 1 is read 351 ms after ForkPoolWorker-1 finished it and began sending it back "
                       + "(0.150 s): for 351 ms of that, Pool#1's result handler thread, the one thread that reads every result of "
                       + "the pool and runs the callbacks, was running callbacks (save of task 0). A callback given to apply_async() "
                       + "or map_async() runs in that thread when its result arrives, and no other result is read until it returns: "
                       + "a slow callback delays every result after it. Do slow work in another thread, or after get()")
        XCTAssertEqual(note.premise, .poolCallbackHeldResult(try XCTUnwrap(StateQueries.poolCallbackHold(resultAt: read, in: timeline)), count: 1))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testAPoolResultNotHeldByACallbackGetsNoNote() {
        func held(_ t: (Timeline, Int)) -> Bool { Annotator(timeline: t.0).notes().contains { $0.kind == .callbackHeldResult } }
        XCTAssertFalse(held(poolCallbacks(callbackEnd: 170)))                        // 20 ms after task 1 ended: under 50 ms
        XCTAssertFalse(held(poolCallbacks(callbackEnd: 501.1, pool1: "Pool#2")))     // task 1's end is in another pool's worker
        XCTAssertFalse(held(poolCallbacks(callbackEnd: 501.1, thread: "Thread-2 (_handle_tasks)")))     // not the result handler
        let (timeline, read) = poolCallbacks(callbackEnd: 501.1)
        XCTAssertNil(StateQueries.poolCallbackHold(resultAt: read - 1, in: timeline))    // not a pool.result
        // the premise asks again: another callback step, or a count the record does not show, does not hold
        guard var hold = StateQueries.poolCallbackHold(resultAt: read, in: timeline) else { return XCTFail("no hold") }
        XCTAssertFalse(NotePremise.poolCallbackHeldResult(hold, count: 2).holds(in: StateReplayer(timeline: timeline)))
        hold.callbacks = [read - 4]
        XCTAssertFalse(NotePremise.poolCallbackHeldResult(hold, count: 1).holds(in: StateReplayer(timeline: timeline)))
    }
}
