import XCTest
@testable import TutorCore

/// Perf 33 cut the catalog's texts on their UTF-8 bytes (`PhraseTemplate.cut`): every piece, the literal byte count
/// and the Chinese mark must be what the cut through `Substring` and `unicodeScalars` gave (written out here).
final class PhraseTemplateCutTests: XCTestCase {
    /// The cut before perf 33, as `PhraseTemplate.init` made it; pieces as "t:text" and "s:name:afterHan".
    private static func substringCut(_ template: String) -> (pieces: [String], literal: Int, chinese: Bool) {
        var pieces: [String] = []
        var literal = 0
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            if open > rest.startIndex {
                pieces.append("t:" + String(rest[..<open]))
                literal += rest.utf8.distance(from: rest.startIndex, to: open)
            }
            let afterHan = rest[..<open].unicodeScalars.last.map(PhraseTemplate.isHan) ?? false
            pieces.append("s:" + String(rest[rest.utf8.index(after: open)..<close]) + ":\(afterHan)")
            rest = rest[rest.utf8.index(after: close)...]
        }
        if !rest.isEmpty {
            pieces.append("t:" + String(rest))
            literal += rest.utf8.count
        }
        return (pieces, literal, template.unicodeScalars.contains(where: PhraseTemplate.isHan))
    }

    private static func pieces(_ template: PhraseTemplate) -> [String] {
        template.pieces.map {
            switch $0 {
            case let .text(text): "t:" + text
            case let .slot(name, afterHan): "s:" + name + ":\(afterHan)"
            }
        }
    }

    private func assertCutsAlike(_ texts: [String], file: StaticString = #filePath, line: UInt = #line) {
        var differ: [String] = []
        for text in texts {
            let made = PhraseTemplate(text), expected = Self.substringCut(text)
            if Self.pieces(made) != expected.pieces || made.literalBytes != expected.literal || made.chinese != expected.chinese {
                differ.append("\(text.debugDescription): \(Self.pieces(made)) \(made.literalBytes) \(made.chinese)"
                    + " vs \(expected.pieces) \(expected.literal) \(expected.chinese)")
            }
        }
        XCTAssertEqual(differ, [], differ.prefix(10).joined(separator: "\n"), file: file, line: line)
    }

    func testEveryCatalogTextIsCutAsBefore() {
        let texts = Array(Phrase.english.values) + Array(Phrase.chinese.values)
        XCTAssertGreaterThan(texts.filter { $0.contains("{") }.count, 500, "too few texts with placeholders to compare")
        XCTAssertGreaterThan(texts.filter { PhraseTemplate(String($0)).chinese }.count, 500, "too few Chinese texts")
        assertCutsAlike(texts)
    }

    func testHostileTemplatesAreCutAsBefore() {
        // Each block's edges: U+33FF, U+3400, U+4DBF, U+4DC0, U+4DFF, U+4E00, U+9FFF, U+A000; a two-byte, a non-Chinese
        // three-byte (…, ，, 。) and a four-byte character before a brace; braces unmatched, empty, doubled, reversed.
        let edges = ["\u{33FF}", "\u{3400}", "\u{4DBF}", "\u{4DC0}", "\u{4DFF}", "\u{4E00}", "\u{9FFF}", "\u{A000}",
                     "é", "…", "，", "。", "😀", "a", "", " "]
        var texts = ["", "{", "}", "{}", "}{", "{{a}}", "{a", "a}", "{a}{b}", "x{a}y{b}z", "{a}}", "{{", "}}}{", "{中}",
                     "中", "中文", "a中", "中a", "{a\u{0}b}", "\u{0}{a}", "{a}\u{7F}", "\u{FEFF}{a}", "e\u{301}{a}"]
        for edge in edges {
            texts += [edge + "{a}", "x" + edge + "{a}b", "{a}" + edge, edge, edge + "{" + edge + "}" + edge,
                      "{a}" + edge + "{b}", edge + edge + "{a}", "{" + edge, edge + "}" + "{a}"]
        }
        assertCutsAlike(texts)
    }
}
