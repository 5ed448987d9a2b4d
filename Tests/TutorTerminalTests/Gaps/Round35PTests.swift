import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 35P: data pipelines as people write them at work (docs/truth-review.md), on the committed r35p_ recordings.
final class Round35PTests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r35p_backpressure_put_timeout: a put(timeout=0.1) loop on a full Queue(maxsize=3). The summary said "11 puts,
    /// 11 gets … · 19 puts and 0 gets had to wait, of which 11 puts … gave up": more puts waiting than puts made, the
    /// waits that timed out having put nothing. The waits are counted as put() calls now, and the ones that went
    /// through as puts, so the numbers add up: waited calls = puts that waited + calls that gave up.
    func testTimedOutPutsAreCountedAsCallsBesideThePutsThatWaited() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r35p_backpressure_put_timeout--\(method)")
            let waits = timeline.events.filter { $0.is(.queueWait) && $0.object == "Queue#1" && $0.op == "put" }.count
            let gaveUp = timeline.events.filter { $0.is(.queueTimeout) && $0.object == "Queue#1" }.count
            let getWaits = timeline.events.filter { $0.is(.queueWait) && $0.object == "Queue#1" && $0.op == "get" }.count
            let gets = getWaits == 1 ? "1 get() call" : "\(getWaits) get() calls", got = getWaits == 1 ? "1 get" : "\(getWaits) gets"
            XCTAssertGreaterThan(gaveUp, 0, method)
            XCTAssertGreaterThan(waits, 11, method)     // more waiting calls than puts: the case that read wrong
            let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Queue#1:") }, text)
            XCTAssertEqual(String(line), "  Queue#1: 11 puts, 11 gets, at most 3 items waiting · \(waits) put() calls and \(gets) had to "
                           + "wait (\(waits - gaveUp) puts and \(got) then went through; \(gaveUp) put() calls and 0 get() calls gave up when "
                           + "their timeout ran out, putting or getting nothing)", method)
            XCTAssertFalse(line.contains(" \(waits) puts"), String(line))
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("有 \(waits) 次 put() 调用和 \(getWaits) 次 get() 调用要等待（其中 \(waits - gaveUp) 次放入和 \(getWaits) 次取出等到后完成；"
                                      + "\(gaveUp) 次 put() 调用和 0 次 get() 调用等到超时后放弃，什么也没放入或取出）"), zh)
        }
        // the spawn run as read in this round: 19 waits, 8 of the 11 puts among them, 11 give-ups
        let spawn = SummaryRenderer(timeline: try Gaps16BTests.corpus("r35p_backpressure_put_timeout--spawn"), capabilities: caps).render()
        XCTAssertTrue(spawn.contains("· 19 put() calls and 0 get() calls had to wait (8 puts and 0 gets then went through; 11 put() calls"), spawn)
    }

    /// A queue none of whose waits gave up keeps its words (r35p_access_log_three_stage: plain gets that waited).
    func testAQueueWithoutGiveUpsKeepsItsCount() throws {
        let text = SummaryRenderer(timeline: try Gaps16BTests.corpus("r35p_access_log_three_stage--spawn"), capabilities: caps).render()
        XCTAssertTrue(text.contains("Queue#1: 15 puts, 15 gets, at most 15 items waiting · 0 puts and 2 gets had to wait\n"), text)
        XCTAssertFalse(text.contains("call"), text)
    }

    /// r35p_backpressure_put_timeout--spawn, `--step`: after "put on Queue#1 timed out after 103 ms (Full)" the panel
    /// still read "put blocked: MainProcess" and "MainProcess waiting to put on Queue#1 since 0.946 s"; after the
    /// next wait "put blocked: MainProcess, MainProcess", one more name at every retry (RunState kept each timed-out
    /// put among the blocked putters). A put that gave up is no longer blocked.
    func testAPutThatTimedOutLeavesTheBlockedPutters() throws {
        let timeline = try Gaps16BTests.corpus("r35p_backpressure_put_timeout--spawn")
        let events = timeline.events
        let timeouts = timeline.indices(of: .queueTimeout).filter { events[$0].object == "Queue#1" }
        XCTAssertEqual(timeouts.count, 11)
        for at in timeouts {
            let rows = Gaps23Tests.panel(timeline, after: at)
            let queue = try XCTUnwrap(rows.first { $0.hasPrefix("Queue#1 ") })
            XCTAssertFalse(queue.contains("put blocked"), "after step \(at): \(queue)")
            let main = try XCTUnwrap(rows.first { $0.hasPrefix("MainProcess") }, rows.joined(separator: "\n"))
            XCTAssertFalse(main.contains("waiting to put"), "after step \(at): \(main)")
            // the next wait is one blocked put, not one more
            let next = try XCTUnwrap(events.indices.first { $0 > at && events[$0].is(.queueWait) && events[$0].object == "Queue#1" })
            let again = try XCTUnwrap(Gaps23Tests.panel(timeline, after: next).first { $0.hasPrefix("Queue#1 ") })
            XCTAssertTrue(again.hasSuffix("put blocked: MainProcess"), "after step \(next): \(again)")
        }
    }
}
