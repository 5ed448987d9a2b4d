import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 36L: a long run's condensed middle says what it hides. 100 short-lived processes started in batches print
/// their tracebacks on stderr and start and end in the middle of the timeline; the paragraph standing for that middle
/// named the four most frequent kinds and then "and 4 other kinds", so the hidden prints and process starts were
/// named nowhere, and its counts did not add up to the events it said it left out.
final class Round36LLeftOutMiddleTests: XCTestCase {
    func testTheLeftOutMiddleNamesItsPrintsAndProcessStartsAndItsCountsAddUp() throws {
        var chinese = ""
        let (screen, transcript) = try CorpusTrace.run("r36l_batched_short_processes.py", method: "fork", timeout: "60", width: 200) { record in
            chinese = try BinaryHarness.run(["replay", record, "--no-pager", "--color", "never", "--width", "200", "--lang", "zh"]).stdout
        }
        let paragraph = try XCTUnwrap(Self.leftOutParagraph(screen), screen)
        let total = try XCTUnwrap(Self.number(after: "rows (", in: paragraph), paragraph)
        let items = try XCTUnwrap(paragraph.components(separatedBy: "readable: ").last?.components(separatedBy: "; '--full'").first)
            .components(separatedBy: ", ")
        // Each item is "N kind" or "and N other kinds (M events)": the named counts and M add up to the events left out.
        let counted = items.map { item -> Int in
            if item.hasPrefix("and "), let events = Self.number(after: "(", in: item) { return events }
            return Int(item.prefix { $0.isNumber }) ?? -1_000_000
        }.reduce(0, +)
        XCTAssertEqual(counted, total, paragraph)

        let hiddenPrints = transcript.events.filter { $0.is(.print) }.compactMap { $0.string(EventField.text) }
            .filter { !$0.isEmpty && !screen.contains($0) }
        XCTAssertFalse(hiddenPrints.isEmpty, "the run's stderr tracebacks fall in the middle: \(screen)")
        XCTAssertTrue(items.contains { $0.hasSuffix(" print") }, "a print the timeline leaves out is named: \(paragraph)")
        let hiddenStarts = transcript.events.filter { $0.is(.processStart) }.filter { !screen.contains("\($0.process) started (pid \($0.pid)") }
        XCTAssertFalse(hiddenStarts.isEmpty, screen)
        XCTAssertTrue(items.contains { $0.hasSuffix(" process start") }, "process starts the timeline leaves out are named: \(paragraph)")

        // Chinese wraps anywhere, even inside a number: compare with the spaces the wrap added taken out
        let zh = try XCTUnwrap(Self.leftOutParagraph(chinese), chinese).filter { !$0.isWhitespace }
        XCTAssertNotNil(zh.range(of: #"进程开始运行\d+个"#, options: .regularExpression), zh)
        XCTAssertNotNil(zh.range(of: #"输出\d+个"#, options: .regularExpression), zh)
        if zh.contains("另有") { XCTAssertNotNil(zh.range(of: #"另有\d+种（共\d+个事件）"#, options: .regularExpression), zh) }
    }

    /// The lines of the "⋮ … left out here" paragraph, joined.
    static func leftOutParagraph(_ screen: String) -> String? {
        let lines = screen.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains("⋮") }) else { return nil }
        var text = ""
        for line in lines[start...] {
            text += (text.isEmpty ? "" : " ") + line.trimmingCharacters(in: .whitespaces)
            if line.contains("'--step'") { break }
        }
        return text
    }

    static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
