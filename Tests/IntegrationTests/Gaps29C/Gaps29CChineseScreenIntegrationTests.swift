import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 29C: English and mixed punctuation left on a `--lang zh` screen: the recorded reason of an unreadable event
/// line (written by the capture in English), the state panel's queue row (`Queue#1 (Queue, 0 of 3 items): 空`), and a renamed
/// process's lane header (`job1（原名 ForkProcess-2） 849`).
final class Gaps29CChineseScreenIntegrationTests: XCTestCase {
    private func replay(_ file: String, _ extra: [String], input: String? = nil) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let keys = folder.path + "/keys"
        try (input ?? "").write(toFile: keys, atomically: true, encoding: .utf8)
        let result = try BinaryHarness.run(["replay", BinaryHarness.repoRoot + "/" + file, "--color", "never", "--width", "200"] + extra,
                                           stdin: keys)
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        return result.stdout
    }

    func testTheUnreadableLinesReasonIsInChineseAndStaysEnglishInEnglish() throws {
        let file = "corpus/transcripts/g28c_c_fork_shared_log--fork.jsonl"
        let zh = try replay(file, ["--lang", "zh", "--full", "--no-pager"])
        XCTAssertTrue(zh.contains("第一条读不出的行：6742-66381080296190.jsonl 第 5 行：这一紧凑行所代表的 JSON 行读不出来"), zh)
        XCTAssertFalse(zh.contains("stands for"), zh)
        let en = try replay(file, ["--lang", "en", "--full", "--no-pager"])
        XCTAssertTrue(en.contains("the first unreadable line: 6742-66381080296190.jsonl line 5: the JSON line this compact line stands for is not readable"), en)
    }

    func testTheQueueRowAndARenamedLaneUseChinesePunctuation() throws {
        let step = try replay("transcripts/queue-basics.jsonl", ["--lang", "zh", "--step"], input: String(repeating: "n", count: 8) + "q")
        XCTAssertTrue(step.contains("Queue#1（Queue，1/3 项数据）：1"), step)
        XCTAssertFalse(step.contains("Queue#1 (Queue"), step)
        let renamed = try replay("corpus/transcripts/g28b_renamed_workers--fork.jsonl", ["--lang", "zh", "--full", "--no-pager"])
        XCTAssertTrue(renamed.contains("job1（原名 ForkProcess-2）849"), renamed)
        XCTAssertFalse(renamed.contains("） 8"), renamed)
        let english = try replay("corpus/transcripts/g28b_renamed_workers--fork.jsonl", ["--full", "--no-pager"])
        XCTAssertTrue(english.contains("job1 (was ForkProcess-2) 849"), english)
    }

    /// Gaps 29C part 3: each process's loss stands in its own column at the end of the timeline, with no time (`?`).
    func testEachProcesssLossIsSaidOnItsLaneWithoutATime() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let file = "corpus/transcripts/g28c_c_fork_shared_log--\(method).jsonl"
            let en = try replay(file, ["--full", "--no-pager"]).split(separator: "\n").map(String.init)
            let header = try XCTUnwrap(en.first { $0.hasPrefix("time ") }, method)
            let lost = try XCTUnwrap(en.first { $0.contains("3 events of this process were lost (when is not known)") }, method)
            XCTAssertTrue(lost.hasPrefix("?"), lost)
            // In Process-1's column, after its last row.
            XCTAssertEqual(lost.distance(from: lost.startIndex, to: lost.firstIndex(of: "⚠")!),
                           header.distance(from: header.startIndex, to: header.range(of: "Process-1")!.lowerBound), method)
            let exits = en.lastIndex { $0.contains("exited, code 0") }!
            XCTAssertGreaterThan(en.firstIndex(of: lost)!, exits, method)
            let zh = try replay(file, ["--lang", "zh", "--full", "--no-pager"])
            XCTAssertTrue(zh.contains("这个进程丢失了 3 个事件（何时丢失的，记录里没有）"), zh)
        }
    }
}
