import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class ClaimTokenTests: XCTestCase {
    private func tokens(_ text: String) throws -> [ClaimToken] { try ClaimToken.tokenize(text) }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let t = try ClaimToken.tokenize(text)
            XCTFail("expected a failure, got \(t)", file: file, line: line)
            return ""
        } catch {
            return error.message
        }
    }

    func testComparison() throws {
        XCTAssertEqual(try tokens("max_concurrent_tasks <= 3"), [.word("max_concurrent_tasks"), .op(.lessOrEqual), .number(3)])
        XCTAssertEqual(try tokens("a>=-2"), [.word("a"), .op(.greaterOrEqual), .number(-2)])
    }

    func testAllOperators() throws {
        let ops = try tokens("== != < <= > >= ~ !~").map { token -> ComparisonOperator? in
            if case let .op(op) = token { return op } else { return nil }
        }
        XCTAssertEqual(ops, [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains, .notContains])
    }

    func testUnits() throws {
        XCTAssertEqual(try tokens("2s 0.5s 250ms 85us 40µs 7"), [.number(2), .number(0.5), .number(0.25), .number(0.000085), .number(0.00004), .number(7)])
    }

    func testUnknownUnit() {
        let message = failure("duration < 5min")
        XCTAssertTrue(message.contains("unknown unit 'min'"), message)
        XCTAssertTrue(message.contains("column 13"), message)
    }

    func testStrings() throws {
        XCTAssertEqual(try tokens(#"text ~ "=====> all" and x == 'it' ''"#), [
            .word("text"), .op(.contains), .string("=====> all"), .word("and"), .word("x"), .op(.equal), .string("it"), .string(""),
        ])
    }

    func testUnclosedString() {
        let message = failure(#"text ~ "abc"#)
        XCTAssertTrue(message.contains("column 8") && message.contains("not closed"), message)
    }

    func testWordsKeepDotsStarsHashesAndDashes() throws {
        XCTAssertEqual(try tokens("lock.* * Lock#1 ForkPoolWorker-2 _handle_results"),
                       [.word("lock.*"), .word("*"), .word("Lock#1"), .word("ForkPoolWorker-2"), .word("_handle_results")])
    }

    func testSymbols() throws {
        XCTAssertEqual(try tokens("count(x, y): [ ]"), [.word("count"), .symbol("("), .word("x"), .symbol(","), .word("y"),
                                                        .symbol(")"), .symbol(":"), .symbol("["), .symbol("]")])
    }

    func testBadOperatorsAndCharacters() {
        XCTAssertTrue(failure("a = 3").contains("unknown operator at column 3"))
        XCTAssertTrue(failure("a ! 3").contains("unknown operator"))
        XCTAssertTrue(failure("a == 3 @").contains("unexpected '@' at column 8"))
        XCTAssertTrue(failure("t > 1.2.3").contains("bad number at column 5"))
    }

    func testEmpty() throws {
        XCTAssertEqual(try tokens("   "), [])
    }
}
