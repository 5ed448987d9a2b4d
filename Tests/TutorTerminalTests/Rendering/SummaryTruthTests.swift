import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The summary says only what the events show: waits that never ended are counted, every process is counted.
final class SummaryTruthTests: XCTestCase {
    private func summary(_ s: EventScript, run: RunFacts = RunFacts()) -> String {
        SummaryRenderer(timeline: s.timeline(run: run),
                        capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)).render()
    }

    /// ABBA: each process waits for the lock the other holds until the watchdog. "0 had to wait" alone would be false.
    func testADeadlockCountsAndNamesTheWaitsThatNeverEnded() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1")
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2")
        s.add(2, pid: 201, ppid: 100, process: "P-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 202, ppid: 100, process: "P-2", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(3, pid: 201, ppid: 100, process: "P-1", .lockWait, object: "Lock#2")
        s.add(3, pid: 202, ppid: 100, process: "P-2", .lockWait, object: "Lock#1")
        var run = RunFacts()
        run.timedOut = true
        let text = summary(s, run: run)
        XCTAssertTrue(text.contains("Lock#1 (Lock): 1 acquisition, 0 had to wait, 1 wait never ended (P-2 0.003 s)"), text)
        XCTAssertTrue(text.contains("waits that never ended: P-1 in acquire() on Lock#2 since 0.003 s; P-2 in acquire() on Lock#1"), text)
    }

    /// Three pools: three lines, each with its own chunks and workers; a manager's server is counted and named.
    func testSeveralPoolsGetALineEachAndHelpersAreCounted() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(0.5, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("server_pid", .int(300))])
        for n in 0..<3 {
            let pool = "Pool#\(n + 1)", worker = Int64(201 + n)
            s.add(1 + Double(n), pid: 100, process: "MainProcess", .poolCreate, object: pool, [("processes", .int(1))])
            s.add(1.2 + Double(n), pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(worker)), ("name", .string("ForkPoolWorker-\(n + 1)"))])
            s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: pool, [("job", .int(Int64(n))), ("method", .string("map_async")), ("chunks", .int(Int64(n + 1)))])
            for i in 0...n {
                s.add(5 + Double(i), pid: Int32(worker), ppid: 100, process: "ForkPoolWorker-\(n + 1)", .taskStart, [("job", .int(Int64(n))), ("index", .int(Int64(i))), ("items", .int(2))])
                s.add(5.5 + Double(i), pid: Int32(worker), ppid: 100, process: "ForkPoolWorker-\(n + 1)", .taskEnd, [("job", .int(Int64(n))), ("index", .int(Int64(i))), ("ok", .bool(true))])
            }
        }
        let text = summary(s)
        XCTAssertTrue(text.contains("Pool#1 (1 worker): 1 map_async() call · 1 of 1 chunks ran (2 items)"), text)
        XCTAssertTrue(text.contains("Pool#2 (1 worker): 1 map_async() call · 2 of 2 chunks ran (4 items)"), text)
        XCTAssertTrue(text.contains("Pool#3 (1 worker): 1 map_async() call · 3 of 3 chunks ran (6 items)"), text)
        XCTAssertTrue(text.contains("processes: 5 (5 processes whose end was not recorded), 1 of them multiprocessing's helpers (manager pid 300)"), text)
    }
}
