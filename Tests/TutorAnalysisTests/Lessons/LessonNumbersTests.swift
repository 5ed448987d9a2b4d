import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Numbers in lessons and on the command line are plain finite decimals that Python reads the same way,
/// each checked where it is read; nesting is bounded, so no lesson can crash the catalogue.
final class LessonNumbersTests: XCTestCase {
    private let file = "lessons/demo/demo.md"

    private func parse(_ front: String) throws -> Lesson {
        try LessonParser.parse("---\nid: demo\ntitle: Demo\ndemo: demo.py\n" + front + "\n---\n# Demo\n", file: file)
    }

    private func assertError(_ front: String, line: Int, contains words: [String], file: StaticString = #filePath, fileLine: UInt = #line) {
        assertMPTutorError(try parse(front), file: file, line: fileLine) { error in
            XCTAssertEqual(error.badInputParts?.file, self.file, file: file, line: fileLine)
            XCTAssertEqual(error.badInputParts?.line, line, error.message, file: file, line: fileLine)
            for word in words { XCTAssertTrue(error.message.contains(word), "'\(word)' not in: \(error.message)", file: file, line: fileLine) }
        }
    }

    func testDecimalNumbersAreWhatPythonReads() {
        for good in ["42", "-3", "+7", "0.25", ".5", "2.", "1e3", "1E-3", "-0.0", "007"] {
            XCTAssertNotNil(DecimalNumber.double(good), good)
        }
        for bad in ["nan", "NaN", "inf", "-inf", "infinity", "0x1p-2", "0x10", "1e400", "", ".", "e5", "1e", "1_000", " 1", "1 ", "١٢", "--1"] {
            XCTAssertNil(DecimalNumber.double(bad), bad)
        }
        XCTAssertEqual(DecimalNumber.int("-12"), -12)
        for bad in ["1.0", "1e3", "99999999999999999999", "0x10", "+", "nan"] { XCTAssertNil(DecimalNumber.int(bad), bad) }
    }

    func testTimeoutMustBeAFiniteDecimalUpToAWeek() throws {
        for bad in ["inf", "1e300", "nan", "0x1p-2", "0", "-1", "604801", "1e11"] {
            assertError("timeout: \(bad)", line: 5, contains: ["timeout must be a number of seconds above 0 and at most 604800", bad])
        }
        XCTAssertEqual(try parse("timeout: 604800").timeout, 604_800)
        XCTAssertEqual(try parse("timeout: 2.5").timeout, 2.5)
    }

    func testDefaultsAndBoundsAreCheckedWhenTheLessonIsRead() throws {
        assertError("params:\n  - name: n\n    default: 10\n    min: 1\n    max: 6", line: 7,
                    contains: ["the default of parameter 'n', '10': must be at least 1 and at most 6"])
        assertError("params:\n  - name: n\n    type: int\n    default: 2.5", line: 8, contains: ["expected a whole number"])
        assertError("params:\n  - name: n\n    default: 3\n    max: inf", line: 8, contains: ["'max' of parameter 'n' must be a decimal number, found 'inf'"])
        assertError("params:\n  - name: n\n    default: 3\n    min: 0x1p-2", line: 8, contains: ["'min'", "0x1p-2"])
        assertError("params:\n  - name: n\n    default: 3\n    min: 5\n    max: 4", line: 8, contains: ["min 5 above its max 4"])
        assertError("params:\n  - name: s\n    type: float\n    default: nan", line: 8, contains: ["expected a number"])
        XCTAssertEqual(try parse("params:\n  - name: n\n    default: nan").parameters.first?.kind, .string, "nan is text, not a number")
    }

    func testSetRejectsNanHexAndShowsHugeBoundsWithoutTrapping() throws {
        let lesson = try parse("params:\n  - name: seconds\n    default: 0.5\n    min: 0.1\n    max: 1e300\n  - name: n\n    default: 3\n    max: 1e300")
        for bad in ["seconds=nan", "seconds=0x1p-2", "seconds=inf", "seconds=1e400", "n=nan", "n=3.0", "n=0x10"] {
            assertMPTutorError(try LessonParameters(lesson: lesson, overrides: [bad])) { error in
                XCTAssertEqual(error.exitStatus, 64, bad)
                XCTAssertTrue(error.message.contains("1e+300"), "the bound is shown as a number: \(error.message)")
            }
        }
        XCTAssertEqual(try LessonParameters(lesson: lesson, overrides: ["seconds=.25", "n=+5"])["seconds"], ".25")
    }

    func testClaimNestingIsBounded() throws {
        let deep = String(repeating: "(", count: 100_000) + "count(pool.task.start) > 0" + String(repeating: ")", count: 100_000)
        do {
            _ = try ClaimParser.parse(deep)
            XCTFail("100,000 parentheses were accepted")
        } catch {
            XCTAssertEqual(error.message, "parentheses nested more than 64 deep")
        }
        let fine = String(repeating: "(", count: 64) + "count(x) > 0" + String(repeating: ")", count: 64)
        XCTAssertNoThrow(try ClaimParser.parse(fine))
        assertError("claims:\n  - say: deep\n    check: " + deep, line: 7, contains: ["nested more than 64 deep"])
        XCTAssertThrowsError(try ClaimParser.parse("count(x) > " + String(repeating: "9", count: 400)), "an infinite number")
    }

    func testFrontMatterNestingIsBounded() {
        let deep = (0..<40).map { String(repeating: " ", count: $0 * 2) + "- a:" }.joined(separator: "\n")
        assertError("claims:\n" + deep, line: 22, contains: ["nested more than 16 deep"])
    }

    func testDurationsOfAnySizeFormatWithoutTrapping() {
        XCTAssertEqual(Format.duration(-0.5), "-500 ms")
        XCTAssertTrue(Format.duration(-1e300).hasSuffix(" s"))
        XCTAssertTrue(Format.duration(1e300).hasSuffix(" s"))
        XCTAssertEqual(Format.duration(.infinity), "inf s")
    }

    func testMarkdownEmphasisBombParsesToTheSameTextInOnePass() {
        // 56 KB of unmatched openers: with a quadratic inline parser this takes minutes; it must come back whole.
        let bomb = String(repeating: "*a **b ", count: 8_000)
        let document = MarkdownDocument(parsing: bomb)
        guard case let .paragraph(inlines)? = document.blocks.first else { return XCTFail("\(document.blocks.first as Any)") }
        XCTAssertEqual(inlines, [.text(bomb.trimmingCharacters(in: .whitespaces))])
        let brackets = MarkdownDocument(parsing: String(repeating: "[a](", count: 10_000) + String(repeating: "[", count: 20_000))
        XCTAssertEqual(brackets.blocks.count, 1)
    }
}
