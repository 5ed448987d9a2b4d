import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class ClaimParserTests: XCTestCase {
    private func parse(_ text: String) throws -> ClaimExpression { try ClaimParser.parse(text) }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let claim = try ClaimParser.parse(text)
            XCTFail("expected a failure, got \(claim)", file: file, line: line)
            return ""
        } catch {
            return error.message
        }
    }

    private func test(_ field: String, _ op: ComparisonOperator, _ value: ClaimOperand) -> EventCondition.Test {
        EventCondition.Test(field: field, op: op, value: value)
    }

    func testComparisonWithMetric() throws {
        XCTAssertEqual(try parse("max_concurrent_tasks <= 3"), .compare(.metric("max_concurrent_tasks"), .lessOrEqual, .number(3)))
        XCTAssertEqual(try parse("duration < 2.5s"), .compare(.metric("duration"), .less, .number(2.5)))
    }

    func testTrueAndFalseAreValuesNotMetrics() throws {
        XCTAssertEqual(try parse("timed_out == false"), .compare(.metric("timed_out"), .equal, .text("false")))
        XCTAssertEqual(try parse("true != timed_out"), .compare(.text("true"), .notEqual, .metric("timed_out")))
    }

    func testComparisonsJoinedByAnd() throws {
        XCTAssertEqual(try parse("task_workers == 3 and tasks_done == 10"), .all([
            .compare(.metric("task_workers"), .equal, .number(3)), .compare(.metric("tasks_done"), .equal, .number(10)),
        ]))
    }

    func testAggregates() throws {
        XCTAssertEqual(try parse("count(pool.task.start) == 10"),
                       .compare(.aggregate("count", EventSelector(kind: "pool.task.start", condition: nil), field: nil), .equal, .number(10)))
        XCTAssertEqual(try parse("distinct(pool.task.start where job > 2, pid) >= 2"),
                       .compare(.aggregate("distinct", EventSelector(kind: "pool.task.start",
                                                                     condition: EventCondition(tests: [test("job", .greater, .number(2))], isDisjunction: false)),
                                           field: "pid"), .greaterOrEqual, .number(2)))
        XCTAssertEqual(try parse("max(lock.acquire, waited) < 10ms"),
                       .compare(.aggregate("max", EventSelector(kind: "lock.acquire", condition: nil), field: "waited"), .less, .number(0.01)))
    }

    func testAggregatesOtherThanCountNeedAField() {
        for function in ["max", "min", "sum", "distinct"] {
            let message = failure("\(function)(pool.task.end) > 1")
            XCTAssertTrue(message.contains("needs a field"), message)
        }
        XCTAssertTrue(failure("count(pool.task.end, ) > 1").contains("field name after ','"))
        XCTAssertTrue(failure("count(pool.task.end > 1").contains("expected ')'"))
    }

    func testQuantifiedWithCondition() throws {
        XCTAssertEqual(try parse("all pool.callback: role == main and thread ~ _handle_results"),
                       .quantified(.all, EventSelector(kind: "pool.callback", condition: nil),
                                   EventCondition(tests: [test("role", .equal, .text("main")), test("thread", .contains, .text("_handle_results"))],
                                                  isDisjunction: false)))
        XCTAssertEqual(try parse(#"none lock.*: waited > 1s or process == "Process-1""#),
                       .quantified(.none, EventSelector(kind: "lock.*", condition: nil),
                                   EventCondition(tests: [test("waited", .greater, .number(1)), test("process", .equal, .text("Process-1"))],
                                                  isDisjunction: true)))
    }

    func testQuantifiedWithoutCondition() throws {
        XCTAssertEqual(try parse("some print where stream == stderr"),
                       .quantified(.some, EventSelector(kind: "print", condition: EventCondition(tests: [test("stream", .equal, .text("stderr"))],
                                                                                              isDisjunction: false)), nil))
    }

    func testOrder() throws {
        XCTAssertEqual(try parse(#"first print where text ~ "=====>" before last pool.result"#),
                       .order(.first, EventSelector(kind: "print", condition: EventCondition(tests: [test("text", .contains, .text("=====>"))], isDisjunction: false)),
                              before: true, .last, EventSelector(kind: "pool.result", condition: nil)))
        XCTAssertEqual(try parse("last process.spawn after first pool.create"),
                       .order(.last, EventSelector(kind: "process.spawn", condition: nil), before: false, .first,
                              EventSelector(kind: "pool.create", condition: nil)))
    }

    func testOrderErrors() {
        XCTAssertTrue(failure("first print last pool.result").contains("expected 'before' or 'after'"))
        XCTAssertTrue(failure("first print before pool.result").contains("expected 'first' or 'last' after 'before'"))
        XCTAssertTrue(failure("first print where text ~ x after").contains("expected 'first' or 'last'"))
    }

    func testUnknownOperator() {
        XCTAssertTrue(failure("tasks_done = 3").contains("unknown operator"))
        XCTAssertTrue(failure("tasks_done 3").contains("expected a comparison"))
    }

    func testMixingAndOr() {
        let message = failure("all x: a == 1 and b == 2 or c == 3")
        XCTAssertTrue(message.contains("mixing 'and' and 'or'"), message)
    }

    func testTrailingTokens() {
        XCTAssertTrue(failure("tasks_done == 3 4").contains("after a complete check"))
        XCTAssertTrue(failure("all print: a == 1 )").contains("unexpected ')'"))
    }

    func testEmptyAndIncomplete() {
        XCTAssertTrue(failure("").contains("empty"))
        XCTAssertTrue(failure("tasks_done ==").contains("expected a number, a string or a metric"))
        XCTAssertTrue(failure("all").contains("expected an event kind"))
        XCTAssertTrue(failure("all print: == 3").contains("expected a field name"))
        XCTAssertTrue(failure("all print: text").contains("expected an operator after 'text'"))
    }

    func testSelectorAlone() throws {
        XCTAssertEqual(try ClaimParser.parseSelector("pool.task.start where queued > 100ms"),
                       EventSelector(kind: "pool.task.start", condition: EventCondition(tests: [test("queued", .greater, .number(0.1))], isDisjunction: false)))
        XCTAssertThrowsError(try ClaimParser.parseSelector("print extra"))
        XCTAssertThrowsError(try ClaimParser.parseSelector(""))
    }

    func testSelectorKindMatching() {
        XCTAssertTrue(EventSelector(kind: "*", condition: nil).matchesKind("print"))
        XCTAssertTrue(EventSelector(kind: "lock.*", condition: nil).matchesKind("lock.acquire"))
        XCTAssertFalse(EventSelector(kind: "lock.*", condition: nil).matchesKind("queue.put"))
        XCTAssertTrue(EventSelector(kind: "pool.task.start", condition: nil).matchesKind("pool.task.start"))
        XCTAssertFalse(EventSelector(kind: "pool.task", condition: nil).matchesKind("pool.task.start"))
    }

    func testParenthesesJoinAnyChecksWithAnd() throws {
        let claim = try ClaimParser.parse(#"(first print where text ~ "a" before last pool.result) and (all pool.callback: role == main and thread ~ x) and count(print) == 2"#)
        guard case let .all(parts) = claim, parts.count == 3 else { return XCTFail("\(claim)") }
        guard case .order = parts[0], case let .quantified(.all, _, condition?) = parts[1], case .compare = parts[2] else {
            return XCTFail("\(parts)")
        }
        XCTAssertEqual(condition.tests.count, 2, "inside the parentheses the condition keeps its own 'and'")
        XCTAssertThrowsError(try ClaimParser.parse("(count(print) == 2"), "an unclosed parenthesis is an error")
    }
}
