import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 32A, part 4 (round 31's "seen and left"): r31_matmul_pool_rawarray (forkserver) has one pool worker that was ended
/// while still starting, and the summary said "(ForkServerPoolWorker-3 never began run(): each was ended …)": "each" of
/// a list of one. One worker now reads "it was ended"; two or more keep "each" (round 30's test holds that).
final class Gaps32ASingleNeverRanTests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    func testOneWorkerThatNeverBeganRunIsIt() throws {
        let timeline = try Round22MTests.timeline("r31_matmul_pool_rawarray--forkserver")
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.contains("(ForkServerPoolWorker-3 never began run(): it was ended while still starting, importing "
            + "r31_matmul_pool_rawarray.py as __mp_main__)"), summary)
        XCTAssertFalse(summary.contains("each was ended"), summary)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(zh.contains("（ForkServerPoolWorker-3 一直没有进入 run()：它在启动途中、正把 r31_matmul_pool_rawarray.py 作为 __mp_main__ 导入时就被结束了）"), zh)
    }
}
