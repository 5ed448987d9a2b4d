import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 24S's rows: a get that waits for another reader's read lock while the queue holds items, and a Pool's
/// maxtasksperchild, each on its committed recording.
final class Round24SRowTests: XCTestCase {
    /// r24s_farm_sigterm_drain: two workers get from one JoinableQueue that the parent filled with 14 items; a worker's
    /// get waited while the other held the read lock, and the row said "(empty)".
    func testAGetWaitingForAnotherReadersLockIsNotCalledEmpty() throws {
        var busy = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24s_farm_sigterm_drain--\(method)")
            let rows = Round22MTests.rows(timeline, .queueWait)
            let zh = Round22MTests.rows(timeline, .queueWait, lang: .zh)
            for (n, i) in timeline.indices(of: .queueWait).enumerated() where timeline.events[i].bool(EventField.readerBusy) == true {
                busy += 1
                let items = try XCTUnwrap(timeline.events[i].int(EventField.depth))
                XCTAssertEqual(rows[n], "waits to get from JoinableQueue#1: not empty (\(items) item\(items == 1 ? "" : "s") put and not yet "
                               + "taken, counting any being taken now), but another get() holds the queue's read lock while it reads, "
                               + "so this one waits its turn", method)
                XCTAssertTrue(zh[n].contains("队列不是空的") && zh[n].contains("读锁"), zh[n])
            }
        }
        XCTAssertGreaterThan(busy, 0, "no get in these recordings waited for another reader's lock")
    }

    /// r24s_pool_recycle_ctrl_c: Pool(2, maxtasksperchild=2); both first workers return after two tasks each and a third
    /// starts. Nothing said why before.
    func testAPoolsMaxTasksPerChildIsSaidAtItsMakingAndAtAWorkersEnd() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24s_pool_recycle_ctrl_c--\(method)")
            XCTAssertEqual(Round22MTests.rows(timeline, .poolCreate), ["Pool#1 created: 2 workers · maxtasksperchild=2: each worker process "
                + "leaves after 2 tasks (a chunk of a map() counts as one), and while the pool runs it starts a new one in its place"], method)
            let ends = Round22MTests.rows(timeline, .processRunEnd)
            let limited = ends.filter { $0.hasPrefix("run() returned: it had run 2 tasks, Pool#1's maxtasksperchild, so its loop ended") }
            // forkserver: the pool's terminate() came before the second worker's run() end was written
            XCTAssertEqual(limited.count, method == "forkserver" ? 1 : 2, ends.joined(separator: "\n"))
            XCTAssertTrue(Round22MTests.rows(timeline, .processRunEnd, lang: .zh).contains { $0.contains("达到 Pool#1 的 maxtasksperchild") })
        }
        // a Pool without the limit: its workers' ends say nothing of it
        let plain = try Round22MTests.timeline("pool_with_block--fork")
        XCTAssertFalse((Round22MTests.rows(plain, .poolCreate) + Round22MTests.rows(plain, .processRunEnd)).contains { $0.contains("maxtasksperchild") })
    }

    /// r24s_farm_sigterm_drain: a worker's last is_set() poll came just before the parent's set() (it then did its job and
    /// took its None without polling): "False each time, though MainProcess called set() … at 1.917 s" read as if a poll
    /// after the set() had returned False. The record has the first poll's time only: the row says so.
    func testPollsThatMissedAChangeSayTheLastPollsTimeIsNotRecorded() throws {
        // round 26: the set() stood to the polls' end, so the record proves every poll came before it took effect
        let clause = " (each of them came before that change took effect: a poll after it would have returned True, a change the record would show as a line of its own)"
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24s_farm_sigterm_drain--\(method)")
            let rows = Round22MTests.rows(timeline, .eventPolled).filter { $0.contains("none of these polls saw that change") }
            XCTAssertEqual(rows.count, 1, method)
            XCTAssertTrue(rows.allSatisfy { $0.hasSuffix("none of these polls saw that change" + clause) }, rows.joined(separator: "\n"))
            let zh = Round22MTests.rows(timeline, .eventPolled, lang: .zh).filter { $0.contains("这些轮询都没有看到这次变化") }
            XCTAssertTrue(zh.allSatisfy { $0.hasSuffix("（它们都发生在这次变化生效之前：变化之后的轮询本会返回 True，而这样的变化在记录里会单独成为一行）") } && !zh.isEmpty, zh.joined(separator: "\n"))
            let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("no poll saw that change" + clause), summary)
        }
    }
}
