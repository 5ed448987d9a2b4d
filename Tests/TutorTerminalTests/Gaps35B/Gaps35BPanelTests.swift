import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 35B (issue 11): the step panel's Queue after a put whose process ended before its feeder wrote the item, and
/// the panel's count of the Futures the program made itself; each on the committed recordings.
final class Gaps35BPanelTests: XCTestCase {
    private static func panel(_ timeline: Timeline, _ replayer: StateReplayer, after index: Int, _ lang: Language = .en) -> String {
        Language.with(lang) {
            StatePanel(state: replayer.state(after: index), painter: Painter(capabilities: .plain), width: 400, hidesInfrastructure: true)
                .rows().map(\.text).joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
        }
    }

    /// r34f_exit_codes_finally: indexer put ('indexer', 49995000) and called os._exit(3) 39 µs later; its feeder thread
    /// never wrote the item. The panel kept listing it in Queue#1 to the end, though the parent's get found the pipe empty
    /// (`in_flight`) after indexer had ended and gave up twice. From that get's wait the item is said lost with indexer,
    /// and no longer listed; before it (the record cannot tell yet) it is listed as before.
    /// g35b_put_then_os_exit: the same with os._exit(0), the parent joining the child before its get(timeout=1).
    func testAnItemWhosePutterEndedBeforeItsFeederWroteItIsSaidLostNotListed() throws {
        let cases = [("r34f_exit_codes_finally", "('indexer', 49995000)", "indexer", 3),
                     ("g35b_put_then_os_exit", "('verifier', 'checksum ok')", "verifier", 0)]
        for (program, repr, who, code) in cases {
            let item = repr.truncated(toWidth: 24)      // as the panel shows an item
            for method in ["fork", "spawn", "forkserver"] {
                let t = try Round22MTests.timeline("\(program)--\(method)")
                let replayer = StateReplayer(timeline: t)
                let put = try XCTUnwrap(t.events.indices.first { t.events[$0].is(.queuePut) && t.events[$0].process == who })
                let lostAt = try XCTUnwrap(t.events.indices.first { i in
                    t.events[i].is(.queueWait) && t.events[i].bool(EventField.inFlight) == true
                        && t.events[..<i].contains { $0.is(.processExit) && $0.process == who }
                }, "\(program) \(method)")
                XCTAssertTrue(Self.panel(t, replayer, after: put).contains("Queue#1 (Queue, 1 item, unbounded): \(item)"),
                              "\(program) \(method): " + Self.panel(t, replayer, after: put))
                for index in [lostAt, t.events.count - 1] {
                    let text = Self.panel(t, replayer, after: index)
                    XCTAssertTrue(text.contains("Queue#1 (Queue, 0 items, unbounded): empty · lost with the process that put it: \(item) (put by \(who), which ended by os._exit(\(code)), which joins no feeder thread): put() only hands an item to the queue's feeder thread"),
                                  "\(program) \(method) step \(index): \(text)")
                    XCTAssertFalse(text.contains("unbounded): \(item)"), text)
                }
                let zh = Self.panel(t, replayer, after: lostAt, .zh)
                XCTAssertTrue(zh.contains("随放入它的进程一起丢失：\(item)（由 \(who) 放入，该进程以 os._exit(\(code)) 结束，不会等待 feeder 线程）"), zh)
            }
        }
    }

    /// A get that takes an item the state had said lost (its get row stamped after the wait that found the pipe empty)
    /// takes it back from the lost ones: no item is both lost and got.
    func testAGetOfAnItemSaidLostTakesItFromTheLostOnes() {
        var state = RunState()
        state.queues = [.init(label: "Queue#1", type: "Queue", maxsize: 0, items: [], blockedPutters: [], blockedGetters: [])]
        state.queues[0].lost = [.init(repr: "1", putBy: "a", exitCode: 0, via: nil)]
        XCTAssertTrue(state.foundLost("1", in: 0))
        XCTAssertTrue(state.queues[0].lost.isEmpty)
        XCTAssertFalse(state.foundLost("1", in: 0))
    }

    /// Gaps 33A's leftover: the summary counted the Futures the program made itself, the panel did not. It now has a
    /// "futures" row at every step from the first one made, counted as the summary counts them; at the last step the
    /// row and the summary agree.
    func testThePanelCountsTheProgramsOwnFuturesAtEachStep() throws {
        let cases = [("g35b_own_futures_count", "4 made by the program itself (not work items) · 1 pending (Future#4) · set by set_result() 1, by set_exception() 1, cancelled 1",
                      "Futures the program made itself (not work items): 4 — set by set_result() 1, by set_exception() 1, cancelled 1, with no set or cancel in the record 1"),
                     ("g33a_cancel_and_as_completed", "3 made by the program itself (not work items) · none pending · set by set_result() 1, by set_exception() 1, cancelled 1",
                      "Futures the program made itself (not work items): 3 — set by set_result() 1, by set_exception() 1, cancelled 1, never set 0")]
        for (program, last, summaryLine) in cases {
            for method in ["fork", "spawn", "forkserver"] {
                let t = try Round22MTests.timeline("\(program)--\(method)")
                let replayer = StateReplayer(timeline: t)
                let first = try XCTUnwrap(t.events.indices.first { t.events[$0].is(.futureCreate) })
                if first > 0 { XCTAssertFalse(Self.panel(t, replayer, after: first - 1).contains("made by the program itself")) }
                XCTAssertTrue(Self.panel(t, replayer, after: first).contains("1 made by the program itself (not work items) · 1 pending (Future#1)"),
                              Self.panel(t, replayer, after: first))
                // every step: made, and how many settled, as the events up to it say
                var made = 0, settled: Set<String> = []
                for i in t.events.indices {
                    let e = t.events[i]
                    if e.is(.futureCreate) { made += 1 }
                    if let o = e.object, RunState.isBareFuture(o),
                       (e.is(.futureSet) && e.string(EventField.refused) == nil) || (e.is(.futureCancel) && e.ok == true) { settled.insert(o) }
                    guard made > 0, e.is(.futureCreate) || e.is(.futureSet) || e.is(.futureCancel) else { continue }
                    let row = replayer.state(after: i).ownFutures
                    XCTAssertEqual(row.made.count, made, "\(program) \(method) step \(i)")
                    XCTAssertEqual(row.pending.count, made - settled.count, "\(program) \(method) step \(i)")
                }
                let text = Self.panel(t, replayer, after: t.events.count - 1)
                XCTAssertTrue(text.contains(last), "\(program) \(method): \(text)")
                let summary = SummaryRenderer(timeline: t, capabilities: TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)).render()
                XCTAssertTrue(summary.contains(summaryLine), summary)
                let zh = Self.panel(t, replayer, after: t.events.count - 1, .zh)
                XCTAssertTrue(zh.contains("程序自己创建了 \(program.hasPrefix("g35b") ? 4 : 3) 个（不是工作项）"), zh)
            }
        }
    }
}
