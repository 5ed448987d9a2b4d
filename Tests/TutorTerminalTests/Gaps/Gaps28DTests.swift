import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 28D: leftovers of rounds 28S and 28F.
final class Gaps28DTests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r28s_batch_exit_reasons: the segfaulted child's faulthandler dump was only "at least N characters … on no row";
    /// the summary now shows its lines under a heading that gives them no time and no process, en and zh.
    func testAFaulthandlerDumpIsShownInTheSummaryWithNoTimeOrProcess() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try Gaps24CTests.transcript("r28s_batch_exit_reasons--\(method)"))
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("Lines the run wrote to stderr that no recorded print() accounts for"), "\(method): \(summary)")
            XCTAssertTrue(summary.contains("the record cannot say when they were written, nor by which process:"), "\(method): \(summary)")
            XCTAssertTrue(summary.contains("    │ Fatal Python error: Segmentation fault\n"), "\(method): \(summary)")
            XCTAssertTrue(summary.contains("│   File \"r28s_batch_exit_reasons.py\", line 23 in crash_in_c"), "\(method): \(summary)")
            XCTAssertTrue(summary.contains("lines above that name mptutor_trace/ are mp-tutor's tracer"), "\(method): \(summary)")
            XCTAssertFalse(summary.contains("mp-tutor-run-"), "\(method): the run's own folder is not kept")
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("记录无法说明它们是什么时候、由哪个进程写的：") && zh.contains("│ Fatal Python error: Segmentation fault"),
                          "\(method): \(zh)")
        }
    }

    /// r28s_join_first_watchdog (spawn): "still has to write to the pipe 1 item(s)".
    func testTheFeedersItemCountIsSaidInTheRightNumber() {
        func row(_ left: Int64) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1")
            let wait = s.add(2, pid: 100, process: "MainProcess", .queueFeederWait, object: "Queue#1",
                             [("left", .int(left)), ("writing", .bool(false)), ("at_exit", .bool(true))])
            return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(wait)
        }
        XCTAssertTrue(row(1).contains("still has to write to the pipe 1 item ("), row(1))
        XCTAssertTrue(row(3).contains("still has to write to the pipe 3 items ("), row(3))
        XCTAssertFalse((row(1) + row(3)).contains("(s)"))
        XCTAssertTrue(Language.with(.zh) { row(1) }.contains("剩下的 1 项数据"))
    }

    /// r28f_first_exception_stop_batch (fork), `--step` after work items 0…7 had finished: the state panel still said
    /// "waits in wait() for work items 0, 1, 3, 4, 5, 6, 7, 8". It now lists those whose result has not come back.
    func testAFuturesWaitsPanelRowListsOnlyTheUnfinishedItems() throws {
        let timeline = TimelineBuilder.build(try Gaps24CTests.transcript("r28f_first_exception_stop_batch--fork"))
        let replayer = StateReplayer(timeline: timeline)
        func panel(afterResultOf work: Int64) throws -> String {
            let index = try XCTUnwrap(timeline.events.indices.first {
                timeline.events[$0].is(.futureResult) && timeline.events[$0].work == work
            })
            return StatePanel(state: replayer.state(after: index), painter: Painter(capabilities: .plain), width: 400,
                              hidesInfrastructure: true).rows().map(\.text).joined(separator: "\n")
        }
        let first = try panel(afterResultOf: 0)
        XCTAssertTrue(first.contains("wait() for work items 1, 3, 4, 5, 6, 7, 8 of ProcessPoolExecutor#1"), first)
        let last = try panel(afterResultOf: 7)
        XCTAssertTrue(last.contains("wait() for work item 8 of ProcessPoolExecutor#1"), last)
        XCTAssertFalse(last.contains("0, 1, 3"), last)
        let zh = Language.with(.zh) { try? panel(afterResultOf: 7) } ?? ""
        XCTAssertFalse(zh.contains("0、1、3") || zh.contains("0, 1, 3"), zh)
    }
}
