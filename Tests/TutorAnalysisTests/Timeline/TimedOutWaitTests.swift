import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 4 of the truth review (docs/truth-review.md): r4_queue_full_then_empty said "other 474 ms" for a main
/// process that spent 300 of them in a put(timeout) and a get(timeout) that gave up, and its queue line counted
/// neither; r4_futures_max_tasks_hang said "other 3.198 s" for 3.1 s blocked in a map() that never returned.
final class TimedOutWaitTests: XCTestCase {
    private func script() -> EventScript {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(10, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("put"))])
        s.add(110, pid: 100, process: "MainProcess", .queueTimeout, object: "Queue#1", [("op", .string("put")), ("waited_ns", .int(100_000_000))])
        s.add(120, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        s.add(320, pid: 100, process: "MainProcess", .queueTimeout, object: "Queue#1", [("op", .string("get")), ("waited_ns", .int(200_000_000))])
        s.add(330, pid: 100, process: "MainProcess", .queueJoinWait, object: "JoinableQueue#1")
        s.add(430, pid: 100, process: "MainProcess", .queueJoin, object: "JoinableQueue#1", [("waited_ns", .int(100_000_000))])
        s.add(500, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
              [("work", .int(4)), ("call", .string("map()"))])
        s.add(1500, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15))])
        return s
    }

    func testTimedOutAndUnfinishedWaitsAreWaitingNotOther() {
        let timeline = script().timeline()
        guard let main = ProcessTimeAnalysis(timeline).processes.first else { return XCTFail("no process") }
        let waits = Dictionary(uniqueKeysWithValues: main.waits.map { ($0.reason, $0.ns) })
        XCTAssertEqual(waits["queue"], 400_000_000, "a put and a get that gave up, and a JoinableQueue.join(), waited on the queue")
        // gaps 12B: Executor.map's wait is counted under map(), as its rows name it
        XCTAssertEqual(waits["executor map()"], 1_000_000_000, "the map() that never returned waited until the process ended")
        XCTAssertEqual(main.otherNs, 100_000_000)
    }

    func testTheQueueLineCountsTimedCallsThatGaveUp() {
        let q = QueueAnalysis(script().timeline()).queues.first { $0.label == "Queue#1" }
        XCTAssertEqual(q.map { [$0.puts, $0.gets, $0.timedOutPuts, $0.timedOutGets] }, [0, 0, 1, 1])
    }
}
