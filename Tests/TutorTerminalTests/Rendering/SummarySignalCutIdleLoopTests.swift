import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Late 19B's record line named every Pool worker `with Pool()` terminated while idle in the task queue's get() (328 of
/// 1,639 committed runs): a worker is in the pool's own loop after its task's end, where it makes no recorded call
/// (gaps 18A, issue 11). Killed inside a task, or a plain child killed anywhere, it is still named.
final class SummarySignalCutIdleLoopTests: XCTestCase {
    /// A parent with a Pool (or a ProcessPoolExecutor's worker when `executor`) whose one worker writes `workerEvents`
    /// after its start, then is ended by SIGTERM (the pool's terminate()).
    private typealias Step = (ms: Double, kind: EventKind, fields: [(String, JSONValue)])

    private func poolRun(executor: Bool = false, name: String = "ForkPoolWorker-1", _ worker: [Step] = []) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        if !executor {
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        }
        s.add(2, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(200)), ("name", .string(name)), ("daemon", .bool(true))]
              + (executor ? [("executor", .string("ProcessPoolExecutor#1"))] : []))
        s.add(5, pid: 200, ppid: 100, process: name, .processStart, [("role", .string("child")), ("name", .string(name))])
        for step in worker { s.add(step.ms, pid: 200, ppid: 100, process: name, step.kind, step.fields) }
        s.add(300, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(200)), ("name", .string(name)), ("exitcode", .int(-15))])
        s.add(310, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return s.timeline()
    }

    private func cuts(_ t: Timeline) -> [String] { SignalCutProcesses(t, census: ProcessCensus(t)).cuts.map(\.name) }

    private let task: [(String, JSONValue)] = [("job", .int(0)), ("index", .int(0)), ("func", .string("work")), ("args", .string("(1,)"))]

    func testAPoolWorkerTerminatedAfterItsTaskEndedIsNotNamed() {
        let t = poolRun([(10, .taskStart, task),
                         (20, .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("2"))])])
        XCTAssertEqual(cuts(t), [])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        let text = Language.with(.en) { SummaryRenderer(timeline: t, capabilities: caps).render() }
        XCTAssertTrue(text.contains("events, none lost\n"), text)
        // Its start with no task and no initializer begun: the same loop.
        XCTAssertEqual(cuts(poolRun()), [])
    }

    func testAPoolWorkerTerminatedInsideATaskIsStillNamed() {
        let t = poolRun([(10, .taskStart, task)])
        XCTAssertEqual(cuts(t), ["ForkPoolWorker-1"])
        // After a print in its task, or in its initializer: a recorded call may have been cut.
        XCTAssertEqual(cuts(poolRun([(10, .poolInit, [("func", .string("setup"))])])), ["ForkPoolWorker-1"])
    }

    func testAPlainChildEndedAfterItsStartIsStillNamed() {
        // Not a pool's worker: after its start the program's own run() runs.
        XCTAssertEqual(cuts(poolRun(name: "Process-1")), ["Process-1"])
    }

    func testAnExecutorWorkerAfterItsWorkItemEndedIsNotNamedButInsideOneItIs() {
        let ended = poolRun(executor: true, name: "ForkProcess-1", [
            (10, .futureStart, [("work", .int(0)), ("func", .string("work")), ("args", .string("(1,)"))]),
            (20, .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("2"))])])
        XCTAssertEqual(cuts(ended), [])
        let inside = poolRun(executor: true, name: "ForkProcess-1", [
            (10, .futureStart, [("work", .int(0)), ("func", .string("work")), ("args", .string("(1,)"))])])
        XCTAssertEqual(cuts(inside), ["ForkProcess-1"])
    }

    func testAProcessThatSentItselfTheSignalItDiedOfIsNotNamed() {
        let selfKilled = poolRun(name: "Process-1", [
            (10, .processSignalSelf, [("signum", .int(15)), ("signame", .string("SIGTERM")), ("handler", .string("default")),
                                      ("function", .null), ("call", .string("os.kill()"))])])
        XCTAssertEqual(cuts(selfKilled), [])
        // A handler of its own ran instead: what came after is unknown.
        let handled = poolRun(name: "Process-1", [
            (10, .processSignalSelf, [("signum", .int(15)), ("signame", .string("SIGTERM")), ("handler", .string("python")),
                                      ("function", .string("on_term")), ("call", .string("os.kill()"))])])
        XCTAssertEqual(cuts(handled), ["Process-1"])
    }
}
