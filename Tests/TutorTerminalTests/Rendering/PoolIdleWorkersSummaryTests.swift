import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 21 (r21_pool_more_workers_than_tasks): a Pool(6) given two items. The summary said "Pool#1 (6 workers)" and
/// listed the two workers that ran a chunk; nothing said the other four started and ran none.
final class PoolIdleWorkersSummaryTests: XCTestCase {
    /// Pool(4) in pid 100, workers 201–204; worker 201 runs the one chunk; 204's initializer raises when `initFails`.
    private func timeline(initFails: Bool = false, lost: Int = 0) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(4))])
        for w in 1...4 {
            s.add(100 + Double(w), pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(200 + w))), ("name", .string("ForkPoolWorker-\(w)"))])
            s.add(105 + Double(w), pid: Int32(200 + w), ppid: 100, process: "ForkPoolWorker-\(w)", .processStart,
                  [("name", .string("ForkPoolWorker-\(w)")), ("role", .string("child"))])
        }
        if initFails {
            s.add(115, pid: 204, ppid: 100, process: "ForkPoolWorker-4", .poolInitEnd, [("ok", .bool(false))])
        }
        s.add(120, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(130, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("items", .int(1))])
        s.add(300, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(400, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return s.timeline(run: RunFacts(), lost: lost)
    }

    private func summary(_ timeline: Timeline) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        return SummaryRenderer(timeline: timeline, capabilities: caps).render()
    }

    func testTheWorkersThatRanNoChunkAreNamed() {
        let text = summary(timeline())
        XCTAssertTrue(text.contains("    3 workers ran no chunk: ForkPoolWorker-2, ForkPoolWorker-3, ForkPoolWorker-4\n"), text)
    }

    func testAWorkerWhoseInitializerRaisedIsCountedThereNotHere() {
        XCTAssertEqual(PoolFigures.all(timeline(initFails: true)).first?.idleWorkers, ["ForkPoolWorker-2", "ForkPoolWorker-3"])
    }

    func testNothingIsSaidWhenEventsWereLost() {
        XCTAssertFalse(summary(timeline(lost: 3)).contains("ran no chunk"))
    }
}
