import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// The built binary in Chinese: chosen by `--lang`, `MP_TUTOR_LANG` or the locale, for a live lesson, a replay,
/// `list`, `progress` and errors; and the same transcript in both languages.
final class LanguageIntegrationTests: XCTestCase {
    func testReplayInChineseMatchesTheGoldenScreen() throws {
        let fixture = BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl"
        let result = try BinaryHarness.run(["replay", fixture, "--lang", "zh", "--width", "80", "--color", "never"],
                                           environment: ["PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("▶ 回放 \(fixture)\n  录制于 "), result.stdout)
        let golden = try String(contentsOf: GoldenFile.directory.appendingPathComponent("timeline/pool-async.zh.w80.plain.unicode.txt"),
                                encoding: .utf8)
        // The heading names the file as given; everything after it is the golden screen.
        XCTAssertEqual(Self.dropFirstLines(result.stdout, 2), Self.dropFirstLines(golden, 2))
    }

    func testTheLocaleChoosesChineseAndTheFlagOverridesIt() throws {
        let byLocale = try BinaryHarness.run(["replay", "pool-async", "--width", "80"],
                                             environment: ["MP_TUTOR_LANG": nil, "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(byLocale.status, .exited(0), byLocale.stderr)
        XCTAssertTrue(byLocale.stdout.contains("这次运行证明了什么"), byLocale.stdout)
        XCTAssertTrue(byLocale.stdout.contains("同时运行的任务最多 3 个"), "the claims come from the Chinese lesson")
        let byFlag = try BinaryHarness.run(["replay", "pool-async", "--width", "80", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(byFlag.stdout.contains("what this run proves"), byFlag.stdout)
        XCTAssertFalse(byFlag.stdout.contains("这次运行"))
        let byVariable = try BinaryHarness.run(["list"], environment: ["MP_TUTOR_LANG": "zh", "LANG": "en_US.UTF-8"])
        XCTAssertTrue(byVariable.stdout.contains("用 'mp-tutor lesson <id>' 学习一课"), byVariable.stdout)
        XCTAssertTrue(byVariable.stdout.contains("Pool(3) 加 10 个 apply_async 任务"), "list shows the Chinese summaries")
    }

    func testErrorsAreInTheChosenLanguage() throws {
        let wrong = try BinaryHarness.run(["lesson", "no-such-lesson", "--lang", "zh"])
        XCTAssertEqual(wrong.status, .exited(64))
        XCTAssertTrue(wrong.stderr.hasPrefix("错误："), wrong.stderr)
        let badLanguage = try BinaryHarness.run(["list", "--lang", "fr"])
        XCTAssertEqual(badLanguage.status, .exited(64))
        XCTAssertTrue(badLanguage.stderr.contains("--lang takes zh or en, found 'fr'"), badLanguage.stderr)
    }

    func testLiveLessonInChineseProvesEveryClaimAndItsTranscriptReplaysInEnglish() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-zh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("run.jsonl").path
        let result = try BinaryHarness.run(["lesson", "pool-async", "--lang", "zh", "--width", "100", "--set", "seconds=0.2", "--record", file])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.contains("为每件工作启动一个进程代价很高"), "the Chinese lesson text is shown first")
        XCTAssertTrue(result.stdout.contains("▶ 正在运行 lessons/pool-async/demo.py"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ 同时运行的任务最多 3 个"), result.stdout)
        XCTAssertFalse(result.stdout.contains("✗"), result.stdout)
        XCTAssertTrue(result.stdout.contains("无丢失"))
        XCTAssertTrue(result.stdout.contains("已录制到 \(file)"))
        // The transcript holds the run, not the language: nothing Chinese in it, and it replays in English.
        let recorded = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertNil(recorded.range(of: "\\p{Han}", options: .regularExpression), "a transcript is language-neutral")
        let english = try BinaryHarness.run(["replay", file, "--width", "100"], environment: ["PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil])
        XCTAssertEqual(english.status, .exited(0), english.stderr)
        XCTAssertTrue(english.stdout.contains("✓ at most 3 tasks ran at once"), english.stdout)
        XCTAssertFalse(english.stdout.contains("✗"))
    }

    static func dropFirstLines(_ text: String, _ count: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(count).joined(separator: "\n")
    }
}
