import Foundation
import XCTest
@testable import TutorCore

/// Every Chinese text of the `Phrase` tables uses docs/glossary-zh.md's term for a thing, never one of the
/// variants the glossary lists (进程池, not 进程 池; 队列, not 伫列; 服务进程, not 服务器进程 …).
/// The lessons, the help and the event words are checked by `ChineseFilesGlossaryTests`.
final class ChineseGlossaryTests: XCTestCase {
    func testTheGlossaryHasItsTable() throws {
        let rows = try ChineseGlossary().rows
        XCTAssertGreaterThan(rows.count, 30)
        XCTAssertTrue(rows.contains { $0.chinese == "进程池" && $0.variants.contains("进程 池") })
        XCTAssertTrue(rows.contains { $0.chinese == "队列" && $0.variants.contains("伫列") })
    }

    func testEveryChineseTextUsesTheGlossarysTerms() throws {
        let glossary = try ChineseGlossary()
        for phrase in Phrase.allCases {
            guard let text = Phrase.chinese[phrase] else { continue }
            let found = glossary.variants(in: text)
            XCTAssertTrue(found.isEmpty, "\(phrase): \(found.joined(separator: "; ")) in “\(text)”")
        }
    }

    func testAVariantIsFoundAndCodeIsNot() throws {
        let glossary = try ChineseGlossary()
        XCTAssertFalse(glossary.variants(in: "{pool} 的进程 池已关闭").isEmpty)
        XCTAssertFalse(glossary.variants(in: "放进伫列").isEmpty)
        XCTAssertFalse(glossary.variants(in: "它的服务器进程没有发回地址").isEmpty)
        XCTAssertFalse(glossary.variants(in: "Pool 会补上死掉的 worker").isEmpty)
        // code, placeholders, settings and quoted messages are not prose
        XCTAssertTrue(glossary.variants(in: "{object} 已创建：max_workers {n}").isEmpty)
        XCTAssertTrue(glossary.variants(in: "会记录“Exception in initializer”").isEmpty)
        XCTAssertTrue(glossary.variants(in: "{worker} 在 {t} 开始执行工作项 {work}").isEmpty)
        XCTAssertTrue(glossary.variants(in: "mp-tutor check pool-async --set workers=2").isEmpty)
        // a name given to leave out is left out as a whole word only
        XCTAssertTrue(glossary.variants(in: "worker 完成之后", leaving: ["worker"]).isEmpty)
        XCTAssertFalse(glossary.variants(in: "两个 workers 完成之后", leaving: ["worker"]).isEmpty)
    }
}
