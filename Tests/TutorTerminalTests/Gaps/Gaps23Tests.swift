import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 23: Swift-side leftovers of rounds 22 and 22M, each on its committed recording.
final class Gaps23Tests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// g23_poll_eof_no_recv: two `poll()`s True, neither followed by a recv(). On Pipe#1 nothing was ever sent and
    /// the child closed its end (an end of file); on Pipe#2 a message waits. Both read "data ready" before: the first
    /// says that the record cannot tell data from an end of file, the second keeps "data ready" (a message sent and not
    /// received). r22m's True poll followed by EOFError keeps round 22M's words.
    func testATruePollWithNoReceiveAfterItSaysWhatTheRecordShows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g23_poll_eof_no_recv--\(method)")
            let rows = Round22MTests.rows(timeline, .pipePoll)
            XCTAssertEqual(rows.count, 2, method)
            XCTAssertEqual(rows[0], "poll Pipe#1 end A: True: something to read, or every copy of Pipe#1 end B had been closed (an end of "
                           + "file also makes poll() return True); the record cannot tell which: nothing sent there was left unread "
                           + "before it, and no recv() here came after it", method)
            XCTAssertEqual(rows[1], "poll Pipe#2 end A: data ready", method)
            let zh = Round22MTests.rows(timeline, .pipePoll, lang: .zh)
            XCTAssertTrue(zh[0].contains("可能有数据可读，也可能 Pipe#1 "), zh[0])
            XCTAssertFalse(zh[0].contains("有数据；") || zh[0].hasSuffix("有数据"), zh[0])
            let eof = Round22MTests.rows(try Round22MTests.timeline("r22m_recv_bytes_into_short--\(method)"), .pipePoll)
            XCTAssertTrue(eof[1].contains("end of file, not data"), eof[1])
        }
    }

    /// r22m_queue_full_qsize: the summary read "2 puts and 1 gets had to wait, of which 1 puts and 0 gets gave up"
    /// (plurals after 1) and counted the put_nowait() refused with queue.Full nowhere.
    func testTheQueueSummaryCountsInEnglishAndCountsARefusedPut() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r22m_queue_full_qsize--\(method)")
            XCTAssertEqual(timeline.indices(of: .queueFull).count, 1, method)
            let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Queue#1:") }, text)
            // the child's get() waits or not by the start method's timing: "0 gets" or "1 get"
            // round 35P: the waits are counted as calls, the ones that went through as puts and gets
            XCTAssertTrue(line.hasPrefix("  Queue#1: 3 puts, 3 gets, at most 2 items waiting · 2 put() calls and "), String(line))
            XCTAssertTrue(line.contains(" had to wait (1 put and "), String(line))
            XCTAssertTrue(line.contains(" then went through; 1 put() call and 0 get() calls gave up when their timeout ran out, putting or getting "
                                        + "nothing) · 1 put and 0 gets refused at once (a non-blocking put() on a full queue raises queue.Full"), String(line))
            XCTAssertFalse(line.contains("1 gets") || line.contains("1 puts"), String(line))
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            let zhLine = try XCTUnwrap(zh.split(separator: "\n").first { $0.contains("Queue#1：") }, zh)
            XCTAssertTrue(zhLine.contains("Queue#1：放入 3 次，取出 3 次"), String(zhLine))
            XCTAssertTrue(zhLine.contains("有 1 次放入和 0 次取出被立即拒绝"), String(zhLine))
        }
        // get_nowait() on an empty queue is a refusal too (queue_timeouts)
        let refused = QueueAnalysis(try Round22MTests.timeline("queue_timeouts--fork")).queues.map(\.refusedGets).reduce(0, +)
        XCTAssertGreaterThan(refused, 0)
    }
}

extension Gaps23Tests {
    static func panel(_ timeline: Timeline, after step: Int) -> [String] {
        var state = RunState()
        for i in 0...step { state.apply(i, of: timeline) }
        return StatePanel(state: state, painter: Painter(capabilities: .plain), width: 400, hidesInfrastructure: true).rows().map(\.text)
    }

    /// r22_exitstack_processes--spawn: the two sleepers were terminated before the tracer ran in them, so they wrote
    /// no event; while MainProcess waited in join() the panel showed "MainProcess running" alone. Each is listed as
    /// starting from its start() until its parent reaps it.
    func testAChildStartedButNotYetSeenIsOnThePanel() throws {
        let timeline = try Round22MTests.timeline("r22_exitstack_processes--spawn")
        let join = try XCTUnwrap(timeline.events.firstIndex { $0.is(.processJoinWait) })
        let rows = Self.panel(timeline, after: join)
        for name in ["sleeper-0", "sleeper-1"] {
            XCTAssertTrue(rows.contains { $0.hasPrefix(name + " ") && $0.contains("starting: start() at ") && $0.hasSuffix("none of its own events recorded yet") },
                          rows.joined(separator: "\n"))
        }
        let reaped = try XCTUnwrap(timeline.events.lastIndex { $0.is(.processReaped) })
        XCTAssertFalse(Self.panel(timeline, after: reaped).contains { $0.contains("starting") })
        // a child with its own first event leaves the list: r22m_start_method_twice--fork's children, each after its start
        let fork = try Round22MTests.timeline("r22m_start_method_twice--fork")
        for start in fork.events.indices where fork.events[start].is(.processStart) {
            XCTAssertFalse(Self.panel(fork, after: start).contains { $0.hasPrefix(fork.events[start].process + " ") && $0.contains("starting") })
        }
    }
}
