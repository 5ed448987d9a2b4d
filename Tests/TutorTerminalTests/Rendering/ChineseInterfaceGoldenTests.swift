import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The whole run screen in Chinese: headings, event descriptions, the lesson's and the generic notes, the summary
/// and the claims in words, from the same recorded run as the English goldens (re-record with MPTUTOR_RECORD_GOLDEN=1).
final class ChineseInterfaceGoldenTests: XCTestCase {
    static let configurations: [(name: String, caps: TerminalCapabilities)] = [
        ("zh.w80.plain.unicode", TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false)),
        ("zh.w120.color.unicode", TerminalCapabilities(color: true, unicode: true, width: 120, isInteractive: false)),
    ]

    func testPoolAsyncRunWithItsChineseLesson() throws {
        try Language.with(.zh) {
            let lesson = try LessonCatalog(root: BinaryHarness.repoRoot, language: .zh).lesson("pool-async")
            XCTAssertEqual(lesson.language, .zh)
            let transcript = try TranscriptReader.read(path: TimelineRenderingGoldenTests.fixtures.appendingPathComponent("pool-async.jsonl").path)
            let timeline = TimelineBuilder.build(transcript)
            let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
            for (name, caps) in Self.configurations {
                let presenter = RunPresenter(lesson: lesson, capabilities: caps)
                let body = presenter.body(timeline: timeline, variant: nil, parameters: parameters)
                GoldenFile.assertMatches(presenter.heading(for: transcript.header, replayOf: "pool-async.jsonl") + body.text,
                                         "timeline/pool-async.\(name).txt")
                XCTAssertEqual(body.claims?.passed, true, "the recorded run proves the Chinese lesson's claims too")
                XCTAssertTrue(body.text.contains("这次运行证明了什么"))
                XCTAssertFalse(body.text.contains("max_concurrent_tasks"), "claim results are sentences, not query text")
                XCTAssertFalse(body.text.contains("observed:"))
            }
        }
    }

    /// Lock waits, a terminate() and the generic notes, without a lesson: every word is mp-tutor's own.
    func testLockContentionWithoutALessonInChinese() throws {
        try Language.with(.zh) {
            let transcript = try TranscriptReader.read(path: TimelineRenderingGoldenTests.fixtures.appendingPathComponent("contention.jsonl").path)
            let caps = TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false)
            let text = RunPresenter(lesson: nil, capabilities: caps).body(timeline: TimelineBuilder.build(transcript), variant: nil, parameters: [:]).text
            GoldenFile.assertMatches(text, "timeline/contention.zh.w80.plain.unicode.txt")
            XCTAssertTrue(text.contains("汇总"))
            XCTAssertNil(text.range(of: "\\b(waited|held by|exited|acquired|released)\\b", options: .regularExpression), text)
        }
    }

    func testTheSameTranscriptReplaysInEitherLanguageWithTheSameVerdicts() throws {
        let transcript = try TranscriptReader.read(path: TimelineRenderingGoldenTests.fixtures.appendingPathComponent("pool-async.jsonl").path)
        let timeline = TimelineBuilder.build(transcript)
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        func verdicts(_ language: Language) throws -> [Bool] {
            try Language.with(language) {
                let lesson = try LessonCatalog(root: BinaryHarness.repoRoot, language: language).lesson("pool-async")
                return ClaimReport(lesson: lesson, variant: nil, parameters: parameters, timeline: timeline).entries.map(\.outcome.passed)
            }
        }
        let english = try verdicts(.en), chinese = try verdicts(.zh)
        XCTAssertFalse(english.isEmpty)
        XCTAssertEqual(english, chinese)
    }

    func testClaimObservationsReadAsSentencesInBothLanguages() {
        let event = ClaimObservation.ObservedEvent(pick: .last, seq: 13, t: 188_000_000, kind: "pool.submit", process: "MainProcess",
                                                   pid: 7, thread: "MainThread")
        let order = ClaimObservation.order(event, nil, firstKind: "pool.submit", secondKind: "pool.result")
        XCTAssertEqual(order.inWords(.en), "no matching event (result arrival)")
        XCTAssertEqual(order.inWords(.zh), "没有符合条件的“结果到达”事件")
        let count = ClaimObservation.value(.aggregate(function: "count", kind: "process.join.wait", field: nil), .int(1))
        XCTAssertEqual(count.inWords(.en), "matching events (wait in join()): 1")
        XCTAssertEqual(count.inWords(.zh), "符合条件的“在 join() 中等待”事件有 1 个")
        let both = ClaimObservation.all([.value(.metric("max_concurrent_tasks"), .int(3)), .value(.metric("timed_out"), .bool(false))])
        XCTAssertEqual(both.inWords(.zh), "同一时刻最多有 3 个任务在运行；被看门狗停止：否")
        let all = ClaimObservation.quantified(.all, kind: "pool.callback", selected: 4, holding: 3, example: event)
        XCTAssertEqual(all.inWords(.en), "1 of 4 matching events (callback) do not, e.g. event 13 in MainProcess (pid 7, thread MainThread) at 0.188 s")
    }
}
