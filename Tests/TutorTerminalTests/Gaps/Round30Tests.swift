import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 30 (issue 11): data-processing scripts; each finding on the committed recording of the round's program.
final class Round30Tests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r30_grid_blur_imap (spawn): SpawnPoolWorker-1 and -2 were up (their boot rows) but had not begun run() when
    /// the pool's terminate() ended them; SpawnPoolWorker-3 ran all twelve chunks. Their notes said only "was ended by
    /// SIGTERM (its Pool's terminate() sent it …)" and the summary "2 workers ran no chunk", with no cause, while the
    /// record shows why: each ended in its start-up. The note and the summary line now say so; the worker that ran
    /// does not get the words.
    func testAPoolWorkerEndedBeforeRunSaysSoInItsNoteAndTheSummary() throws {
        let timeline = try Round22MTests.timeline("r30_grid_blur_imap--spawn")
        let notes = Annotator(timeline: timeline).notes().filter { $0.text.contains("was ended by SIGTERM") }
        XCTAssertEqual(notes.count, 3, "\(notes)")
        let before = notes.filter { $0.text.contains("It had not begun run()") }
        XCTAssertEqual(before.map { $0.text.components(separatedBy: " was ended").first ?? "" }.sorted(),
                       ["SpawnPoolWorker-1", "SpawnPoolWorker-2"], "\(notes)")
        XCTAssertTrue(before.contains { $0.text.hasSuffix("exitcode -15. It had not begun run(): its record ends in its start-up (up at "
            + "1.800 s, importing r30_grid_blur_imap.py as __mp_main__), before run(), so it never took a task.") }, "\(before)")
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.contains("2 workers ran no chunk: SpawnPoolWorker-1, SpawnPoolWorker-2 (SpawnPoolWorker-1, "
            + "SpawnPoolWorker-2 never began run(): each was ended while still starting, importing r30_grid_blur_imap.py as __mp_main__)"),
                      summary)
        let zh = Language.with(.zh) { (Annotator(timeline: timeline).notes().map(\.text),
                                       SummaryRenderer(timeline: timeline, capabilities: caps).render()) }
        XCTAssertEqual(zh.0.filter { $0.contains("它还没有进入 run()") && $0.contains("所以它一个任务也没有领到") }.count, 2, "\(zh.0)")
        XCTAssertTrue(zh.1.contains("一直没有进入 run()：它们在启动途中、正把 r30_grid_blur_imap.py 作为 __mp_main__ 导入时就被结束了"), zh.1)
    }

    /// The fork recording of the same program has no boot rows (a forked child runs no import) and every worker there
    /// began run(): no note or summary line says a worker had not begun it.
    func testNoBeforeRunWordsWhereEveryWorkerBeganRun() throws {
        for name in ["r30_grid_blur_imap--fork", "r30_csv_aggregate_initializer--spawn"] {
            let timeline = try Round22MTests.timeline(name)
            XCTAssertFalse(Annotator(timeline: timeline).notes().contains { $0.text.contains("had not begun run()") }, name)
            XCTAssertFalse(SummaryRenderer(timeline: timeline, capabilities: caps).render().contains("never began run()"), name)
        }
    }
    /// r30_bounded_pipeline_slow_parser (spawn), --step: each child was listed "starting: start() at …; none of its own
    /// events recorded yet" until its boot row, then not at all until its run() began (steps 29–32: parser-0, writer and
    /// parser-1 dropped one by one; at step 32 the panel listed MainProcess alone while three children were up and
    /// importing the program's file). A booted child stays listed, with when it was up, until its run() begins.
    func testABootedChildStaysOnThePanelUntilItsRunBegins() throws {
        let timeline = try Round22MTests.timeline("r30_bounded_pipeline_slow_parser--spawn")
        let events = timeline.events
        let writerBoot = try XCTUnwrap(timeline.indices(of: .processBoot).first { events[$0].process == "writer" })
        let writerStart = try XCTUnwrap(timeline.indices(of: .processStart).first { events[$0].process == "writer" })
        func writerRow(after step: Int) -> String {
            Gaps23Tests.panel(timeline, after: step).first { $0.hasPrefix("writer ") } ?? "(no row)"
        }
        XCTAssertTrue(writerRow(after: writerBoot - 1).hasSuffix("starting: start() at 1.432 s; none of its own events recorded yet"),
                      writerRow(after: writerBoot - 1))
        for step in [writerBoot, writerStart - 1] {
            XCTAssertTrue(writerRow(after: step).hasSuffix("starting: start() at 1.432 s; up at 2.403 s, in its start-up before run() "
                + "(it imports r30_bounded_pipeline_slow_parser.py as __mp_main__ there)"), "step \(step): \(writerRow(after: step))")
        }
        XCTAssertTrue(writerRow(after: writerStart).hasSuffix("running"), writerRow(after: writerStart))
        XCTAssertEqual(Gaps23Tests.panel(timeline, after: writerStart).filter { $0.hasPrefix("writer ") }.count, 1)
        let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: writerBoot).first { $0.hasPrefix("writer ") } ?? "" }
        XCTAssertTrue(zh.hasSuffix("正在启动：1.432 s 调用了 start()，2.403 s 解释器已经起来，正处在 run() 之前的启动阶段"
            + "（它在这里把 r30_bounded_pipeline_slow_parser.py 作为 __mp_main__ 导入）"), zh)
    }
}
