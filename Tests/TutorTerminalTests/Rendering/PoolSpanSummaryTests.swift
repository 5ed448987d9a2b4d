import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A pool's line says how long that pool existed, not the run's length as if it were the pool's ("wall 0.416 s"
/// on each of three pools that lived 0.14 to 0.17 s).
final class PoolSpanSummaryTests: XCTestCase {
    /// Pool#1 from 0.1 s until its worker ended at 0.4 s, joined at 0.45 s; Pool#2 from 0.5 s, its worker never ends.
    private func timeline() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(110, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(120, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(130, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("items", .int(1))])
        s.add(300, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(400, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processExit, [("exitcode", .int(0))])
        s.add(450, pid: 100, process: "MainProcess", .poolJoin, object: "Pool#1")
        s.add(500, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(510, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("ForkPoolWorker-2"))])
        s.add(520, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#2", [("job", .int(1)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(530, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskStart, [("job", .int(1)), ("index", .int(0)), ("items", .int(1))])
        s.add(600, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskEnd, [("job", .int(1)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(1000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return s.timeline(run: RunFacts())
    }

    func testEachPoolSaysHowLongItExistedBesideTheRunsLength() {
        let figures = PoolFigures.all(timeline())
        XCTAssertEqual(figures.map(\.pool), ["Pool#1", "Pool#2"])
        XCTAssertEqual(figures[0].openedT, 100_000_000)
        XCTAssertEqual(figures[0].closedT, 450_000_000, "the last of its worker's end and its join()")
        XCTAssertEqual(figures[1].openedT, 500_000_000)
        XCTAssertNil(figures[1].closedT, "its worker was still alive when the record ends")

        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        let text = SummaryRenderer(timeline: timeline(), capabilities: caps).render()
        XCTAssertTrue(text.contains("open 0.350 s of the run's 1.000 s"), text)
        XCTAssertTrue(text.contains("open from 0.500 s to the end of the run (1.000 s)"), text)
        XCTAssertFalse(text.contains("wall"), text)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline(), capabilities: caps).render() }
        XCTAssertTrue(zh.contains("存在了 0.350 s（整个运行用了 1.000 s）"), zh)
    }
}
