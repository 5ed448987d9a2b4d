import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Replay 28: the Pool callback-hold pass reads only its four kinds and finds a thread's callbacks by a slot kept
/// for the last thread. Two pools whose result handler threads run callbacks at the same time, their events
/// interleaved: each late result is put down to its own thread's callback, never to the other's.
final class PoolCallbackHoldThreadsTests: XCTestCase {
    private let handlers = ["Pool#1": "Thread-3 (_handle_results)", "Pool#2": "Thread-7 (_handle_results)"]

    /// Job 0 of each pool ends at 100 ms and its callback runs from ~101 ms to `ends[pool]` ms on the pool's result
    /// handler thread (the two callbacks overlap); job 1 ends at 150 ms and is read 0.3 ms after its pool's callback.
    private func twoPools(ends: [String: Double]) -> (Timeline, reads: [String: Int], callbacks: [String: Int]) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let workers: [String: (Int32, String)] = ["Pool#1": (20, "ForkPoolWorker-1"), "Pool#2": (30, "ForkPoolWorker-2")]
        let pools = ["Pool#1", "Pool#2"]
        // Times in order of the events (the second pool's a tenth of a millisecond after the first's).
        for (offset, pool) in pools.enumerated() {
            let (pid, name) = workers[pool]!
            let ms = 1 + Double(offset) * 4
            s.add(ms, pid: 10, process: "MainProcess", .poolCreate, object: pool, [("processes", .int(1))])
            s.add(ms + 1, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(ms + 2, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            for job in 0..<2 {
                s.add(ms + 3, pid: 10, process: "MainProcess", .poolSubmit, object: pool,
                      [("job", .int(Int64(job))), ("func", .string("work")), ("method", .string("apply_async"))])
            }
        }
        for (offset, pool) in pools.enumerated() {
            let (pid, name) = workers[pool]!
            s.add(10 + Double(offset) * 0.1, pid: pid, process: name, .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("work"))])
        }
        for (offset, pool) in pools.enumerated() {
            let (pid, name) = workers[pool]!
            s.add(100 + Double(offset) * 0.1, pid: pid, process: name, .taskEnd,
                  [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("0"))])
        }
        var callbacks: [String: Int] = [:]
        for (offset, pool) in pools.enumerated() {
            let ms = 101 + Double(offset)
            s.add(ms, pid: 10, process: "MainProcess", thread: handlers[pool]!, .poolResult, object: pool,
                  [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
            callbacks[pool] = s.add(ms + 0.1, pid: 10, process: "MainProcess", thread: handlers[pool]!, .poolCallback,
                                    [("job", .int(0)), ("func", .string("save")), ("error", .bool(false))])
        }
        for (offset, pool) in pools.enumerated() {
            let (pid, name) = workers[pool]!
            s.add(120 + Double(offset) * 0.1, pid: pid, process: name, .taskStart, [("job", .int(1)), ("index", .int(0)), ("func", .string("work"))])
        }
        for pool in pools {
            let (pid, name) = workers[pool]!
            s.add(150, pid: pid, process: name, .taskEnd, [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("1"))])
        }
        var reads: [String: Int] = [:]
        for pool in pools.sorted(by: { ends[$0]! < ends[$1]! }) {
            s.add(ends[pool]!, pid: 10, process: "MainProcess", thread: handlers[pool]!, .poolCallbackEnd, [("job", .int(0))])
            reads[pool] = s.add(ends[pool]! + 0.3, pid: 10, process: "MainProcess", thread: handlers[pool]!, .poolResult, object: pool,
                                [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        }
        return (s.timeline(), reads, callbacks)
    }

    func testEachPoolsLateResultIsPutDownToItsOwnHandlersCallback() throws {
        for ends in [["Pool#1": 500.0, "Pool#2": 300.0], ["Pool#1": 300.0, "Pool#2": 500.0]] {
            let (timeline, reads, callbacks) = twoPools(ends: ends)
            let holds = StateQueries.poolCallbackHolds(in: timeline)
            XCTAssertEqual(holds.map(\.resultStep), reads.values.sorted(), "\(ends)")
            for pool in ["Pool#1", "Pool#2"] {
                let hold = try XCTUnwrap(StateQueries.poolCallbackHold(resultAt: reads[pool]!, in: timeline), "\(pool) \(ends)")
                XCTAssertEqual(hold.callbacks, [callbacks[pool]!], "\(pool) \(ends)")
                XCTAssertEqual(hold.busyNs, Int64((ends[pool]! - 150) * 1_000_000), "\(pool) \(ends)")
            }
            // The hold asked up to the first late read sees only that one.
            let first = reads.values.min()!
            XCTAssertEqual(StateQueries.poolCallbackHolds(in: timeline, upTo: first + 1).map(\.resultStep), [first])
        }
    }

    func testAResultHandlerThreadThatRanNoCallbackHoldsNothing() {
        // Pool#2's callback ends 20 ms after its job 1 ended: under 50 ms, so only Pool#1's read is late.
        let (timeline, reads, _) = twoPools(ends: ["Pool#1": 500.0, "Pool#2": 170.0])
        XCTAssertEqual(StateQueries.poolCallbackHolds(in: timeline).map(\.resultStep), [reads["Pool#1"]!])
    }
}
