import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// concurrent.futures runs in Chinese at 80 and 120 columns, in both readings of East Asian Ambiguous symbols:
/// the executor's rows, its summary line and the note on a broken executor (a worker that died inside a work item),
/// and a whole ProcessPoolExecutor-versus-Pool run. The broken run is in English too, at 100 columns.
/// Re-record with MPTUTOR_RECORD_GOLDEN=1.
final class ExecutorChineseGoldenTests: XCTestCase {
    static let fixtures = ["executor-broken", "futures-vs-pool"]

    func testExecutorRunsInChineseMatchGolden() throws {
        for name in Self.fixtures {
            let timeline = try Self.timeline(name)
            for configuration in ChineseLayoutGoldenTests.configurations {
                let text = Language.with(.zh) {
                    AmbiguousWidth.withReading(wide: configuration.wide) {
                        RunPresenter(lesson: nil, capabilities: ChineseLayoutGoldenTests.capabilities(configuration.width))
                            .body(timeline: timeline, variant: nil, parameters: [:]).text
                    }
                }
                XCTAssertTrue(text.contains("汇总") && text.contains("ProcessPoolExecutor#1（max_workers 为 2）"), "\(name): \(text)")
                XCTAssertNil(text.range(of: "work item"), "\(name): the executor's rows are Chinese")
                assertAligned(text, configuration)
                GoldenFile.assertMatches(text, "zh/\(name).\(configuration.name).txt")
            }
        }
    }

    func testTheBrokenExecutorIsExplainedFromItsEventsInBothLanguages() throws {
        let timeline = try Self.timeline("executor-broken")
        let english = Language.with(.en) {
            RunPresenter(lesson: nil, capabilities: ChineseLayoutGoldenTests.capabilities(100)).body(timeline: timeline, variant: nil, parameters: [:]).text
        }
        XCTAssertTrue(english.contains("ended (exitcode 3) while running work item 2"), english)
        XCTAssertTrue(english.contains("BROKEN: 2 pending work items failed with BrokenProcessPool"), english)
        GoldenFile.assertMatches(english, "timeline/executor-broken.w100.plain.unicode.txt")
        let chinese = Language.with(.zh) {
            RunPresenter(lesson: nil, capabilities: ChineseLayoutGoldenTests.capabilities(100)).body(timeline: timeline, variant: nil, parameters: [:]).text
        }
        XCTAssertTrue(chinese.contains("在运行工作项 2 时结束了（退出码 3）"), chinese)
        // the summary line wraps where its words fall (gaps 21A's lost work item moved the break into this phrase)
        XCTAssertTrue(chinese.replacingOccurrences(of: "\n    ", with: "").contains("已损坏：2 个尚未完成的工作项以 BrokenProcessPool 失败"), chinese)
    }

    static func timeline(_ name: String) throws -> Timeline {
        let path = ChineseLayoutGoldenTests.fixtures.appendingPathComponent(name + ".jsonl").path
        return TimelineBuilder.build(try TranscriptReader.read(path: path))
    }
}
