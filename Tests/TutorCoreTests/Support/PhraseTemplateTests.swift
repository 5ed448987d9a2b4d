import Foundation
import XCTest
@testable import TutorCore

/// The catalog's texts split once at their placeholders fill exactly as a scan of the text for braces does.
final class PhraseTemplateTests: XCTestCase {
    /// The fill `Phrase.text` made before templates were split: `{name}` replaced in one pass over the text (and, since
    /// gaps 17A, a Latin value set apart after Chinese text).
    private static func scanned(_ template: String, _ value: (String) -> String?) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")), let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            out += rest[..<open]
            let name = String(rest[rest.utf8.index(after: open)..<close])
            if let filled = value(name) {
                out += (Self.setApart(filled, after: rest[..<open]) ? " " : "") + filled
            } else {
                out += "{\(name)}"
            }
            rest = rest[rest.utf8.index(after: close)...]
        }
        return out + rest
    }

    /// Chinese sets a Latin word apart (gaps 17A): a value that begins with an ASCII letter or digit, right after text
    /// whose last character is a CJK ideograph, gets a space before it. Written here from the rule, not from the code.
    static func setApart(_ value: String, after text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last, (0x4E00...0x9FFF).contains(last.value) || (0x3400...0x4DBF).contains(last.value),
              let first = value.unicodeScalars.first, first.isASCII else { return false }
        return ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
    }

    func testEveryKeyIsFoundAtItsPositionInAllCases() {
        for (offset, phrase) in Phrase.allCases.enumerated() {
            XCTAssertEqual(phrase.position, offset, "\(phrase)")
        }
    }

    func testEveryTextFillsAsTheScanDid() {
        // A value holding braces is never filled again; a name without a value stays as written.
        let values = ["n": "1", "object": "Queue#1 {n}", "query": "{", "task": "task 3.1", "s": "s"]
        var filled = 0
        for language in Language.allCases {
            for phrase in Phrase.allCases {
                let template = phrase.template(in: language)
                let lookup = { (name: String) in name == "pid" ? nil : values[name] ?? "<\(name)>" }
                XCTAssertEqual(PhraseTemplate.of(phrase, in: language).fill(lookup), Self.scanned(template, lookup), "\(phrase) \(language)")
                filled += 1
            }
        }
        XCTAssertEqual(filled, 2 * Phrase.allCases.count)
    }

    func testHostileTemplatesSplitAsTheScanReadThem() {
        for template in ["", "plain", "{", "}", "{}", "a{b", "a}b{c}d", "{x}{y}", "{{x}}", "{x", "x}", "中{n}文{", "{a b}"] {
            let lookup = { (name: String) in name == "x" ? "X{y}" : name == "a b" ? nil : "[\(name)]" }
            XCTAssertEqual(PhraseTemplate(template).fill(lookup), Self.scanned(template, lookup), template)
        }
    }

    /// zh22: Chinese sets no space next to full-width punctuation, so a Chinese template's space after a value that
    /// ends with one is dropped ("MainProcess（pid 24265） 从 0.163 s 起" on the queue-join deadlock's hang note);
    /// an English template, and a value that ends in Latin, keep theirs.
    func testAChineseSpaceAfterFullWidthPunctuationIsDropped() {
        XCTAssertEqual(Phrase.hangSince.text(in: .zh, ["who": "MainProcess（pid 24265）", "t": "0.163 s", "what": "在 join() 中等待"]),
                       "MainProcess（pid 24265）从 0.163 s 起在 join() 中等待。")
        XCTAssertEqual(Phrase.hangSince.text(in: .zh, ["who": "MainProcess", "t": "0.163 s", "what": "在 join() 中等待"]),
                       "MainProcess 从 0.163 s 起在 join() 中等待。")
        XCTAssertEqual(PhraseTemplate("{a} 和 {b} 都").fill { $0 == "a" ? "“甲”" : "B（1）" }, "“甲”和 B（1）都")
        XCTAssertEqual(PhraseTemplate("{a} and {b}").fill { $0 == "a" ? "“x”" : "y" }, "“x” and y")
    }

    func testTextFillsValuesByNameTheLastPairWinningAndPluralsFromN() {
        Language.with(.en) {
            XCTAssertEqual(Phrase.stepPreparing.text(["step": 5, "n": 7, "total": 9, "n": 8]),
                           "preparing the state at step 5: 8 of 9 steps replayed so far")
        }
        XCTAssertEqual(Phrase.factCPUs.text(in: .en, ["n": 1]), "1 CPU")
        XCTAssertEqual(Phrase.factCPUs.text(in: .en, ["n": 2]), "2 CPUs")
        XCTAssertEqual(Phrase.factCPUs.text(in: .en, filling: ["n": "3"]), "3 CPUs")
        XCTAssertEqual(Phrase.stepPreparing.text(in: .zh, filling: ["step": "2", "n": "1", "total": "3"]), "正在准备第 2 步的状态：已重放 3 步中的 1 步")
    }
}
