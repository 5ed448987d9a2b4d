import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 17: the questions learners ask on forums, as programs.
final class Round17RowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r17_random_seed_before_start (fork, spawn): three children each put one tuple and end; the parent's second get
    /// waited with an item in flight, and the row said "every process that put them, ForkProcess-1, had ended: what its
    /// feeder thread had not yet written to the pipe was lost with it". The item in flight was ForkProcess-2's: its put()
    /// had begun 10 ms before the wait and is recorded when it returned, after the wait; the item came 17 ms later.
    func testAnInFlightGetWaitCountsAPutThatBeganBeforeItAndReturnedAfter() {
        func waitRow(secondPutter: Bool) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
            for (pid, name) in [(Int32(201), "ForkProcess-1"), (Int32(202), "ForkProcess-2")] {
                s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
                s.add(3, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            }
            s.add(10, pid: 201, ppid: 100, process: "ForkProcess-1", .queuePut, object: "Queue#1",
                  [("item", .string("(0, 1)")), ("waited_ns", .int(1_000_000))])
            s.add(12, pid: 201, ppid: 100, process: "ForkProcess-1", .processExit, [("exitcode", .int(0))])
            s.add(13, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("(0, 1)"))])
            let wait = s.add(20, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1",
                             [("op", .string("get")), ("in_flight", .bool(true))])
            if secondPutter {   // began at 14 ms (34 - 20), returned at 34 ms
                s.add(34, pid: 202, ppid: 100, process: "ForkProcess-2", .queuePut, object: "Queue#1",
                      [("item", .string("(1, 2)")), ("waited_ns", .int(20_000_000))])
            }
            s.add(40, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("(1, 2)"))])
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(wait)
        }
        let inFlight = waitRow(secondPutter: true)
        XCTAssertTrue(inFlight.contains("a put() has begun, but its item has not reached the pipe yet"), inFlight)
        XCTAssertFalse(inFlight.contains("lost"), inFlight)
        // with no other put begun by then, ForkProcess-1 is the only putter and had ended: the lost item is said
        let lost = waitRow(secondPutter: false)
        XCTAssertTrue(lost.contains("every process that put them, ForkProcess-1, had ended"), lost)
    }
}

extension Round17RowTests {
    /// r17_pool_map_two_iterables: pool.map(power, bases, exponents) raised TypeError in the caller (the exponents list
    /// became the chunksize) and no row said so: the timeline went from "Pool#1 created" to "starmap → task 1", the
    /// learner's print the only trace of the failed call, task 0 nowhere. The tracer now records it (pool.refused, state
    /// RUN, with the job its half-made MapResult left in the pool's cache).
    func testARunningPoolsCallThatRaisedInTheCallerHasARowNamingTheJobItLeft() {
        func row(job: Int64?) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
            var fields: [(String, JSONValue)] = [("method", .string("map")), ("func", .string("power")), ("state", .string("RUN")),
                                                 ("error", .string("TypeError: '<=' not supported between instances of 'list' and 'int'"))]
            if let job { fields.append(("job", .int(job))) }
            let refused = s.add(2, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#1", fields)
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(refused)
        }
        XCTAssertEqual(row(job: 0), "map() raised TypeError: '<=' not supported between instances of 'list' and 'int' here, in the calling "
                       + "process, before Pool#1 sent any task (the pool goes on running); its result object had already taken job number 0 "
                       + "and stays in Pool#1's cache, never finished: the next task is numbered after it, and a close() then join() of Pool#1 "
                       + "would wait for it forever (its worker-handler thread, _handle_workers, runs while the cache holds a job; "
                       + "terminate(), which a with-block's end calls, does not wait).")
        let plain = row(job: nil)
        XCTAssertFalse(plain.contains("refused"), plain)
        XCTAssertFalse(plain.contains("job number"), plain)
    }

    /// r17_queue_empty_after_put: get_nowait() right after put() raised Empty; the row ("get_nowait on Queue#1: Empty")
    /// did not say that an item had been put and was on its way: its feeder thread had not written it to the pipe yet.
    func testAGetNowaitEmptyWithAnItemInFlightSaysThePutHadBegun() {
        func row(inFlight: Bool) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
            s.add(2, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("'first'"))])
            let empty = s.add(3, pid: 100, process: "MainProcess", .queueEmpty, object: "Queue#1",
                              [("op", .string("get"))] + (inFlight ? [("in_flight", .bool(true))] : []))
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(empty)
        }
        XCTAssertEqual(row(inFlight: true), "get_nowait on Queue#1: Empty (a put() had begun, but its item had not reached the pipe yet: "
                       + "the putter's feeder thread writes it a moment later, and get_nowait() looks only at the pipe)")
        XCTAssertEqual(row(inFlight: false), "get_nowait on Queue#1: Empty")
    }
}
