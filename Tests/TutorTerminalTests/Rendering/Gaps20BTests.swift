import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 20B: what rounds 18 and 19 and gaps 19A saw on the Swift side and did not fix (docs/truth-review.md), on
/// committed runs.
final class Gaps20BTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r19_graceful_sigterm_drain: two "waits to get from Queue#1 (empty)" rows, each ended by its timeout; the summary
    /// said "0 timed puts and 2 timed gets gave up" and nothing of gets that had to wait (it counted only waits that
    /// ended with an item). The waits are counted now, with the give-ups said as some of them.
    func testAQueuesTimedGetsThatWaitedAreCountedAmongItsWaits() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r19_graceful_sigterm_drain--\(method)")
            let drawn = timeline.events.filter { $0.is(.queueWait) && $0.object == "Queue#1" && $0.op == "get" }.count
            let gaveUp = timeline.events.filter { $0.is(.queueTimeout) && $0.object == "Queue#1" }.count
            XCTAssertEqual(gaveUp, 2, method)
            let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            // round 35P: the waits are counted as calls, those that went through as puts and gets
            XCTAssertTrue(text.contains("Queue#1: 40 puts, 40 gets, at most 40 items waiting · 0 put() calls and \(drawn) get() calls had to wait "
                                        + "(0 puts and \(drawn - 2) gets then went through; 0 put() calls and 2 get() calls gave up when their "
                                        + "timeout ran out, putting or getting nothing)\n"), text)
            XCTAssertFalse(text.contains("timed gets gave up"), text)
            // a queue none of whose waits gave up keeps its words
            let queue2 = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Queue#2: 4 puts, 4 gets") })
            XCTAssertTrue(queue2.hasSuffix(" · 0 puts and 4 gets had to wait"), String(queue2))
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("有 0 次 put() 调用和 \(drawn) 次 get() 调用要等待（其中 0 次放入和 \(drawn - 2) 次取出等到后完成；"
                                      + "0 次 put() 调用和 2 次 get() 调用等到超时后放弃"), zh)
        }
    }

    /// r19_cpu_batch_chunksize: "busy 3%" per worker was a share of the whole run (1.075 s) while the Pool was open
    /// 0.153 s: read as a worker that idled. The row now says of what, and gives the share of the pool's open time.
    func testAWorkersBusyShareSaysWhatItIsOf() throws {
        let timeline = try Gaps16BTests.corpus("r19_cpu_batch_chunksize--fork")
        let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(text.contains("open 0.153 s of the run's 1.075 s"), text)
        XCTAssertTrue(text.contains("119 chunks · busy 3% of the run, 18% of the pool's open time"), text)
        XCTAssertTrue(text.contains("89 chunks · busy 4% of the run, 26% of the pool's open time"), text)
        let pool = try XCTUnwrap(PoolFigures.all(timeline).first)
        let open = try XCTUnwrap(pool.closedT) - (try XCTUnwrap(pool.openedT))
        for worker in pool.workers {     // the figures are the worker's busy time over each span
            let share = Int((Double(worker.busyNs) / Double(open) * 100).rounded())
            XCTAssertTrue(text.contains("busy \(Int((Double(worker.busyNs) / Double(timeline.durationNs) * 100).rounded()))% of the run, \(share)%"), text)
        }
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(zh.contains("119 个任务块 · 忙碌：占整个运行的 3%，占进程池存在时间的 18%"), zh)
    }

    /// r18_start_gun_condition_wait_for (spawn): the starter's wait_for() waited three times; the rows said "waits for
    /// Condition#1", tied to the wait_for() only by its row at the end. Each now says it is inside wait_for(), the first
    /// because the predicate was false, the others after a wake-up that found it still false.
    func testTheWaitsInsideAWaitForSaySo() throws {
        let timeline = try Gaps16BTests.corpus("r18_start_gun_condition_wait_for--spawn")
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let rows = timeline.events.indices.filter { timeline.events[$0].is(.conditionWait) }.map { describer.describe($0) }
        XCTAssertEqual(rows, [
            "waits for Condition#1 (timeout 5.000 s) inside wait_for(): its predicate was false, so it waits for a notify",
            "waits for Condition#1 again (timeout 3.208 s: what is left of wait_for()'s 5.000 s) inside wait_for(): it woke, tested its "
                + "predicate again and found it still false, so it waits again",
            "waits for Condition#1 again (timeout 3.091 s: what is left of wait_for()'s 5.000 s) inside wait_for(): it woke, tested its "
                + "predicate again and found it still false, so it waits again",
        ])
        // a plain wait() keeps its words (condition_notify: no wait_for() there)
        let plain = try Gaps16BTests.corpus("condition_notify--fork")
        let plainDescriber = EventDescriber(timeline: plain, painter: painter)
        let plainRows = plain.events.indices.filter { plain.events[$0].is(.conditionWait) }.map { plainDescriber.describe($0) }
        XCTAssertFalse(plainRows.isEmpty)
        XCTAssertTrue(plainRows.allSatisfy { $0.hasPrefix("waits for Condition#") && !$0.contains("wait_for") }, "\(plainRows)")
        let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: painter).describe(
            timeline.events.indices.first { timeline.events[$0].is(.conditionWait) }!) }
        XCTAssertEqual(zh, "在 wait_for() 里等待 Condition#1（超时 5.000 s）：谓词（predicate）不成立，所以等待 notify")
    }

    /// r18e_pipe_bytes_mixup: talker sent b'hello' with send_bytes(); the parent's recv() raised UnpicklingError, and
    /// its row did not say the bytes came from send_bytes() (gaps 19A, left 2).
    func testARecvThatCouldNotUnpickleSaysTheMessageCameFromSendBytes() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r18e_pipe_bytes_mixup--\(method)")
            let describer = EventDescriber(timeline: timeline, painter: painter)
            let recvs = timeline.events.indices.filter { timeline.events[$0].is(.pipeRecv) }
            let rows = recvs.map { describer.describe($0) }
            let failed = try XCTUnwrap(recvs.firstIndex { timeline.events[$0].string(EventField.error)?.hasPrefix("UnpicklingError") == true })
            let send = try XCTUnwrap(timeline.events.first { $0.is(.pipeSend) })
            XCTAssertEqual(send.string(EventField.call), "send_bytes()")
            XCTAssertTrue(rows[failed].hasSuffix("; the message it read was sent with send_bytes() (talker at \(Format.seconds(send.t))): recv() "
                                                 + "unpickles what it reads, but send_bytes() sends raw bytes, not a pickle (recv_bytes() reads such a message)"),
                          rows[failed])
            XCTAssertEqual(rows.filter { $0.contains("send_bytes()") }.count, 1, "\(rows)")
        }
    }
}
