import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// zh30, a native reader's pass: Chinese rows that said something other than the English, or said it in an English
/// layout, each on a committed recording.
final class Zh30ChineseRowTests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// The shutdown(cancel_futures=True) row is made for either executor; its Chinese said 还没交给工作进程 ("not yet
    /// handed to a worker process"), false for a ThreadPoolExecutor, which has no worker process (its cancel rows already
    /// said so, round 24F). It now says 还没分派出去 (not yet dispatched), true of both, as the English "a worker" is.
    func testTheShutdownRowForEitherExecutorNamesNoWorkerKind() throws {
        for phrase in [Phrase.evExecutorShutdownCancelled, .evExecutorShutdownCancelledNone] {
            let zh = phrase.text(in: .zh)
            XCTAssertFalse(zh.contains("工作进程") || zh.contains("工作线程"), "\(phrase): \(zh)")
        }
        let timeline = try Round22MTests.timeline("g29b_shutdown_cancel_futures--fork")
        let rows = Round22MTests.rows(timeline, .executorShutdown, lang: .zh)
        XCTAssertEqual(rows.count, 2, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.first?.hasSuffix("个还没分派出去的工作项（见它们的取消行）") == true, rows.first ?? "none")
        XCTAssertTrue(rows.last?.hasSuffix("（cancel_futures 只取消还没分派出去的工作项）") == true, rows.last ?? "none")
    }

    /// The executor's panel row (gaps 29A) kept the English layout in Chinese ("ProcessPoolExecutor#1 (ProcessPoolExecutor,
    /// max_workers=2): 已启动的工作进程（或线程）2 个，还活着 2 个 (ForkProcess-1 ForkProcess-2)"): half-width brackets and
    /// colon around Chinese, and a worker kind the row knew left open. The queue rows' full-width layout, and the kind.
    func testTheExecutorPanelRowIsLaidOutInChineseAndNamesItsWorkerKind() throws {
        let threads = try Round22MTests.timeline("futures_thread_pool--fork")
        let wait = try XCTUnwrap(threads.indices(of: .executorWait).first)
        XCTAssertEqual(Gaps29ATests.row(threads, after: wait, "ThreadPoolExecutor#1", lang: .zh),
                       "ThreadPoolExecutor#1（ThreadPoolExecutor，max_workers=3）：已启动的工作线程 3 个，还活着 3 个"
                       + "（ThreadPoolExecutor-0_0、ThreadPoolExecutor-0_1、ThreadPoolExecutor-0_2）")
        let processes = try Round22MTests.timeline("futures_wait_first--spawn")
        let start = try XCTUnwrap(processes.indices(of: .futureStart).first)
        XCTAssertEqual(Gaps29ATests.row(processes, after: start, "ProcessPoolExecutor#1", lang: .zh),
                       "ProcessPoolExecutor#1（ProcessPoolExecutor，max_workers=1）：已启动的工作进程 1 个，还活着 1 个（SpawnProcess-1）")
        // the English reads as before
        XCTAssertEqual(Gaps29ATests.row(processes, after: start, "ProcessPoolExecutor#1"),
                       "ProcessPoolExecutor#1 (ProcessPoolExecutor, max_workers=1): workers started: 1, alive: 1 (SpawnProcess-1)")
    }

    /// lock_abba_deadlock (fork), the summary's lock line: "1 次等待一直没有结束（Process-2 0.616 s）", a name and a time
    /// side by side, composed in code as the English "(Process-2 0.616 s)". In Chinese: "（Process-2 从 0.616 s 起）".
    func testALocksNeverEndedWaitSaysSinceWhen() throws {
        let timeline = try Round22MTests.timeline("lock_abba_deadlock--fork")
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(zh.contains("Lock#1（Lock）：获得 1 次，其中 0 次要等待，1 次等待一直没有结束（Process-2 从 0.616 s 起）"), zh)
        let en = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(en.contains("Lock#1 (Lock): 1 acquisition, 0 had to wait, 1 wait never ended (Process-2 0.616 s)"), en)
    }
}
