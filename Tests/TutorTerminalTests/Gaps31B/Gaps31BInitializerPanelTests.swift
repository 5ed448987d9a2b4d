import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal

/// Gaps 31B, part 4: the `--step` panel said "ForkProcess-1 … running" for a worker whose executor initializer had raised
/// (it is alive a moment longer, logging the error and leaving its loop). The row now says so, read from the run state.
final class Gaps31BInitializerPanelTests: XCTestCase {
    private func panel(_ name: String, after step: (Timeline) -> Int?) throws -> (text: String, zh: String, process: String) {
        // the process row: "ForkProcess-1 8212  running · …" (the executor row names the worker too, without its pid)
        let timeline = try Gaps16BTests.corpus(name)
        let index = try XCTUnwrap(step(timeline), name)
        let state = StateReplayer(timeline: timeline).state(after: index)
        func text() -> String {
            StatePanel(state: state, painter: Painter(capabilities: .plain), width: 400, hidesInfrastructure: true).lines().joined(separator: "\n")
        }
        return (text(), Language.with(.zh) { text() }, "\(timeline.events[index].process) \(timeline.events[index].pid)")
    }

    func testAWorkerWhoseInitializerRaisedIsNotJustRunning() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (text, zh, worker) = try panel("g31b_thread_init_breaks--\(method)") { t in
                t.events.indices.first { t.events[$0].is(.executorInitEnd) && t.events[$0].ok == false && t.events[$0].isMainThread }
            }
            let row = try XCTUnwrap(text.split(separator: "\n").first { $0.contains(worker + " ") }, text)
            XCTAssertTrue(row.contains("ProcessPoolExecutor#1's initializer load_model raised in it (FileNotFoundError: model.bin): it ends without taking a work item"),
                          "\(method): \(row)")
            XCTAssertTrue(zh.contains("ProcessPoolExecutor#1 的初始化函数 load_model 在它里面抛出了异常（FileNotFoundError: model.bin）"), zh)
        }
        // round 30F's program, step 22 of its fork run: ForkProcess-1's initializer had raised, ForkProcess-2's too
        let (text, _, _) = try panel("r30f_initializer_then_map_timeout--fork") { t in
            t.events.indices.first { t.events[$0].is(.executorBroken) }
        }
        let rows = text.split(separator: "\n").filter { $0.contains("initializer load_settings raised in it") }
        XCTAssertFalse(rows.isEmpty, text)
        XCTAssertTrue(rows.allSatisfy { !$0.contains("exited") }, text)
    }

    func testAHealthyWorkerSaysNothingOfIt() throws {
        let (text, _, _) = try panel("g30a_executor_rows--fork") { t in
            t.events.indices.first { t.events[$0].is(.executorInitEnd) && t.events[$0].ok == true }
        }
        XCTAssertFalse(text.contains("raised in it"), text)
    }
}
