import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 32A, part 4: the panel's "initializer raised in it" was read from the executor's `initFailures`, which keep the
/// last three: with five workers whose initializer raised at once (g32a_five_initializers_raise), the first two were
/// "running" and nothing more while still alive, and the executor's row named three of five without saying so.
final class Gaps32AInitFailuresTests: XCTestCase {
    func testEveryLiveWorkerWhoseInitializerRaisedSaysSo() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("g32a_five_initializers_raise--\(method)")
            let failures = timeline.events.indices.filter { timeline.events[$0].is(.executorInitEnd) && timeline.events[$0].ok == false }
            XCTAssertEqual(failures.count, 5, method)
            let step = try XCTUnwrap(failures.last)
            let state = StateReplayer(timeline: timeline).state(after: step)
            func text() -> String {
                StatePanel(state: state, painter: Painter(capabilities: .plain), width: 400, hidesInfrastructure: true).lines().joined(separator: "\n")
            }
            let panel = text(), zh = Language.with(.zh) { text() }
            // the workers alive at that step whose initializer had raised: the record's own events say which
            var alive: [String] = []
            for index in failures {
                let e = timeline.events[index]
                let exited = timeline.events[index...step].contains { $0.is(.processExit) && $0.pid == e.pid }
                if !exited { alive.append("\(e.process) \(e.pid) ") }
            }
            XCTAssertGreaterThanOrEqual(alive.count, 4, "\(method): the recording must hold four live failed workers to test this")
            for worker in alive {
                let row = try XCTUnwrap(panel.split(separator: "\n").first { $0.contains(worker) }, "\(method) \(worker): \(panel)")
                XCTAssertTrue(row.contains("ProcessPoolExecutor#1's initializer connect raised in it (ConnectionError: no database for"),
                              "\(method): \(row)")
            }
            XCTAssertTrue(panel.contains("(and in 2 more workers before them)"), "\(method): \(panel)")
            XCTAssertTrue(zh.contains("（在它们之前还有 2 个工作进程也是如此）"), "\(method): \(zh)")
        }
    }
}
