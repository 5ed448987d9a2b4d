import Foundation
import XCTest
@testable import TutorCore

/// Every Chinese text uses docs/glossary-zh.md's term for a thing, never one of the variants the glossary
/// lists (进程池, not 进程 池; 队列, not 伫列; 服务进程, not 服务器进程 …).
final class ChineseGlossaryTests: XCTestCase {
    private static let glossaryPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/glossary-zh.md").path

    /// (English term, Chinese term, variants) for each row of the glossary's table.
    private func glossary() throws -> [(english: String, chinese: String, variants: [String])] {
        let text = try String(contentsOfFile: Self.glossaryPath, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, !cells[1].isEmpty, cells[1] != "English", !cells[1].hasPrefix("---") else { return nil }
            let variants = cells[3].split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return (cells[1], cells[2], variants)
        }
    }

    /// The words of a text the glossary speaks for: placeholders, quoted and back-quoted text, and names
    /// (a token holding `_`, `.` or `(`, such as max_workers or p.exitcode) are left out.
    static func prose(_ text: String) -> String {
        var out = text
        for pattern in [#"\{[A-Za-z0-9]+\}"#, "“[^”]*”", "`[^`]*`", "\"[^\"]*\"", #"[A-Za-z0-9]*[_.(][A-Za-z0-9_.()]*"#] {
            out = out.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return out
    }

    /// The variants found in `text`, with the glossary's term for each.
    private func variants(in text: String, _ rows: [(english: String, chinese: String, variants: [String])]) -> [String] {
        let words = Self.prose(text)
        return rows.flatMap { row in
            row.variants.filter { words.contains($0) }.map { "“\($0)” (the glossary says \(row.chinese) for \(row.english))" }
        }
    }

    func testTheGlossaryHasItsTable() throws {
        let rows = try glossary()
        XCTAssertGreaterThan(rows.count, 30)
        XCTAssertTrue(rows.contains { $0.chinese == "进程池" && $0.variants.contains("进程 池") })
        XCTAssertTrue(rows.contains { $0.chinese == "队列" && $0.variants.contains("伫列") })
    }

    func testEveryChineseTextUsesTheGlossarysTerms() throws {
        let rows = try glossary()
        for phrase in Phrase.allCases {
            guard let text = Phrase.chinese[phrase] else { continue }
            let found = variants(in: text, rows)
            XCTAssertTrue(found.isEmpty, "\(phrase): \(found.joined(separator: "; ")) in “\(text)”")
        }
    }

    func testAVariantIsFoundAndCodeIsNot() throws {
        let rows = try glossary()
        XCTAssertFalse(variants(in: "{pool} 的进程 池已关闭", rows).isEmpty)
        XCTAssertFalse(variants(in: "放进伫列", rows).isEmpty)
        XCTAssertFalse(variants(in: "它的服务器进程没有发回地址", rows).isEmpty)
        XCTAssertFalse(variants(in: "Pool 会补上死掉的 worker", rows).isEmpty)
        // code, placeholders and quoted messages are not prose
        XCTAssertTrue(variants(in: "{object} 已创建：max_workers {n}", rows).isEmpty)
        XCTAssertTrue(variants(in: "会记录“Exception in initializer”", rows).isEmpty)
        XCTAssertTrue(variants(in: "{worker} 在 {t} 开始执行工作项 {work}", rows).isEmpty)
    }
}
