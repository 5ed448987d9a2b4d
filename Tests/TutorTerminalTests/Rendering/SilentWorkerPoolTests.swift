import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A pool whose silent worker was seen ending is closed when it ended.
final class SilentWorkerPoolTests: XCTestCase {
    /// r8_checksums_imap_unordered (spawn): "open from 0.324 s to the end of the run (0.599 s)" for a Pool its
    /// with-block terminated at 0.553 s, every worker seen ended by 0.565 s: one spawn worker was terminated before its
    /// tracer started, so it had no life of its own, and the pool's end waited for that worker's end.
    func testAPoolWhoseSilentWorkerWasSeenEndingIsClosedWhenItEnded() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(110, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("SpawnPoolWorker-1"))])
        s.add(111, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("SpawnPoolWorker-2"))])
        s.add(120, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(130, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("items", .int(1))])
        s.add(300, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        // its result reached the parent (as in the run): without it the chunk would count as a result lost with its worker
        s.add(305, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(500, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1")
        s.add(510, pid: 201, ppid: 100, process: "SpawnPoolWorker-1", .processExit, [("exitcode", .int(-15))])
        s.add(520, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(202)), ("exitcode", .int(-15))])
        s.add(1000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline(run: RunFacts())
        let figures = PoolFigures.all(timeline)
        XCTAssertEqual(figures.first?.closedT, 520_000_000, "the silent worker's end as its parent saw it")
        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(text.contains("open 0.420 s of the run's 1.000 s"), text)
    }
}
