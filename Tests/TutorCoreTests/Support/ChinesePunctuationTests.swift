import Foundation
import XCTest
@testable import TutorCore

/// docs/glossary-zh.md's typography rules, read over every Chinese text of the `Phrase` tables: a Chinese sentence
/// takes full-width punctuation (，；：？！（）), code keeps its half-width; no space sits next to full-width
/// punctuation; a list of names is joined with 、 (zh22).
final class ChinesePunctuationTests: XCTestCase {
    /// The prose of a Chinese text: placeholders, back-quoted code, quotations and calls (`os.kill(…)`,
    /// `put()`) stand as one Latin letter, as they are written as code.
    private static func prose(_ text: String) -> String {
        var out = text
        for pattern in [#"\{[A-Za-z0-9]+\}"#, "`[^`]*`", "“[^”]*”", "'[^']*'", #"[A-Za-z0-9_.]+\([^()]*\)"#] {
            out = out.replacingOccurrences(of: pattern, with: "X", options: .regularExpression)
        }
        return out
    }

    private static let han = #"[\x{4E00}-\x{9FFF}]"#

    func testNoHalfWidthPunctuationTouchesAChineseCharacter() {
        let pattern = "\(Self.han)[,;:?!()]|[,;:?!()]\(Self.han)"
        var checked = 0
        for phrase in Phrase.allCases {
            guard let text = Phrase.chinese[phrase], text.range(of: Self.han, options: .regularExpression) != nil else { continue }
            checked += 1
            let prose = Self.prose(text)
            XCTAssertNil(prose.range(of: pattern, options: .regularExpression), "\(phrase): “\(text)”")
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    /// (A prompt's last space, before the cursor, is not next to anything.)
    func testNoSpaceSitsNextToFullWidthPunctuation() {
        let pattern = " [，。；：？！）」]|[（，。；：？！「）」] "
        for phrase in Phrase.allCases {
            guard let text = Phrase.chinese[phrase] else { continue }
            let prose = Self.prose(text).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            XCTAssertNil(prose.range(of: pattern, options: .regularExpression), "\(phrase): “\(text)”")
        }
    }

    /// The rules find what they are for (so that the tests above cannot pass by reading nothing).
    func testTheRulesFindWhatTheyAreFor() {
        XCTAssertEqual(Self.prose("put(){ago}早已返回，见 `a, b`"), "XX早已返回，见 X")
        XCTAssertNotNil("等待(超时)".range(of: "\(Self.han)[,;:?!()]", options: .regularExpression))
        XCTAssertNotNil("MainProcess（pid 1） 从".range(of: "[）」] ", options: .regularExpression))
    }

    /// A list of names in a Chinese sentence is joined with 、 (the manager race's "120 次写入（Process-2、Process-3、…）"),
    /// a list of clauses with ； (`listSeparator`).
    func testListsAreJoinedAsChineseJoinsThem() {
        XCTAssertEqual(Phrase.evComma.text(in: .zh), "、")
        XCTAssertEqual(Phrase.listSeparator.text(in: .zh), "；")
    }
}
