import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The state panel's pool row while a worker runs the Pool's initializer, and after it raised (the worker ending):
/// such a worker is not "idle", and the row must not contradict the hang note beside it.
final class SteppingInitializerPanelTests: XCTestCase {
    func testAWorkerInItsInitializerIsNotIdle() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string("ForkPoolWorker-\(n)"))])
        }
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            s.add(3, pid: pid, process: "ForkPoolWorker-\(n)", .processStart, [("name", .string("ForkPoolWorker-\(n)")), ("role", .string("child"))])
        }
        s.add(4, pid: 201, process: "ForkPoolWorker-1", .poolInit, [("func", .string("init")), ("args", .string("()"))])
        s.add(5, pid: 202, process: "ForkPoolWorker-2", .poolInit, [("func", .string("init")), ("args", .string("()"))])
        s.add(6, pid: 202, process: "ForkPoolWorker-2", .poolInitEnd,
              [("func", .string("init")), ("ok", .bool(false)), ("error", .string("RuntimeError: no database"))])
        let timeline = s.timeline()
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 160, isInteractive: false))
        let state = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1)
        let row = StatePanel(state: state, painter: painter, width: 160, hidesInfrastructure: true).rows().first { $0.text.hasPrefix("Pool#1") }?.text
        XCTAssertEqual(row?.hasPrefix("Pool#1: ForkPoolWorker-1 in the initializer"), true, row ?? "")
        XCTAssertEqual(row?.hasSuffix("ForkPoolWorker-2 initializer raised, ending"), true, row ?? "")
        XCTAssertEqual(row?.contains("idle"), false, row ?? "")
        XCTAssertEqual(state.processes.first { $0.pid == 201 }?.activity, "running the pool's initializer init")
        let zh = Language.with(.zh) {
            StatePanel(state: state, painter: painter, width: 160, hidesInfrastructure: true).rows().first { $0.text.hasPrefix("Pool#1") }?.text
        }
        XCTAssertEqual(zh?.contains("ForkPoolWorker-1 正在运行初始化函数"), true, zh ?? "")
    }
}
