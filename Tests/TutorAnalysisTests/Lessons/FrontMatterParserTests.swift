import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class FrontMatterParserTests: XCTestCase {
    /// Parses `text` as if the block started on line 2 of a lesson (line 1 is the opening `---`).
    private func parse(_ text: String) throws(FrontMatterParser.Failure) -> FrontMatter {
        try FrontMatterParser.parse(text.split(separator: "\n", omittingEmptySubsequences: false), firstLine: 2)
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> FrontMatterParser.Failure? {
        do {
            let value = try parse(text)
            XCTFail("expected a failure, got \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testScalarsWithLines() throws {
        let meta = try parse("id: pool-async\ntitle: Pool: apply_async\n\ntimeout: 30")
        XCTAssertEqual(meta.keys, ["id", "title", "timeout"])
        XCTAssertEqual(meta["id"], .scalar("pool-async", line: 2))
        XCTAssertEqual(meta["title"], .scalar("Pool: apply_async", line: 3))
        XCTAssertEqual(meta["timeout"], .scalar("30", line: 5))
        XCTAssertNil(meta["missing"])
    }

    func testQuotedScalarsAndEscapes() throws {
        let meta = try parse(#"""
        a: "Pool.apply_async: many \"tasks\"\nnext"
        b: 'single \n stays'
        c: "back\\slash"
        d: ""
        e: "# not a comment"
        """#)
        XCTAssertEqual(meta["a"]?.text, "Pool.apply_async: many \"tasks\"\nnext")
        XCTAssertEqual(meta["b"]?.text, #"single \n stays"#)
        XCTAssertEqual(meta["c"]?.text, #"back\slash"#)
        XCTAssertEqual(meta["d"]?.text, "")
        XCTAssertEqual(meta["e"]?.text, "# not a comment")
    }

    func testInlineLists() throws {
        let meta = try parse("seeds: [001 §5 apply_async, 003 multiprocessing.Pool ,  \"x\"]\nargs: []")
        XCTAssertEqual(meta["seeds"], .list([.scalar("001 §5 apply_async", line: 2), .scalar("003 multiprocessing.Pool", line: 2),
                                             .scalar("x", line: 2)], line: 2))
        XCTAssertEqual(meta["args"], .list([], line: 3))
        XCTAssertEqual(meta["seeds"]?.items?.count, 3)
        XCTAssertEqual(meta["args"]?.items?.count, 0)
    }

    func testQuotedValueEndingInAnEscapedQuoteIsUnclosed() {
        XCTAssertThrowsError(try parse("title: \"abc\\\"\n")) { error in
            XCTAssertEqual((error as? FrontMatterParser.Failure)?.line, 2)
        }
    }

    func testBlockListOfMaps() throws {
        let meta = try parse("""
        params:
          - name: workers
            default: 3
            help: how many
          - name: tasks
            default: 10
        other: x
        """)
        guard case let .list(items, line)? = meta["params"] else { return XCTFail("not a list") }
        XCTAssertEqual(line, 2, "a block value is reported at its key's line")
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].keys, ["name", "default", "help"])
        XCTAssertEqual(items[0].line, 3)
        XCTAssertEqual(items[0]["default"], .scalar("3", line: 4))
        XCTAssertEqual(items[1]["name"], .scalar("tasks", line: 6))
        XCTAssertEqual(meta["other"]?.text, "x")
    }

    func testBlockListOfScalarsAndNestedListInItem() throws {
        let meta = try parse("""
        seeds:
        - one
        - "two: quoted"
        variants:
          - id: v
            args: [--lock, --n, 3]
        """)
        XCTAssertEqual(meta["seeds"]?.items?.compactMap(\.text), ["one", "two: quoted"])
        XCTAssertEqual(meta["variants"]?.items?.first?["args"]?.items?.compactMap(\.text), ["--lock", "--n", "3"])
    }

    func testNestedMaps() throws {
        let meta = try parse("outer:\n  inner: 1\n  deeper:\n    leaf: yes\n  after: 2\nlast: z")
        XCTAssertEqual(meta["outer"]?.keys, ["inner", "deeper", "after"])
        XCTAssertEqual(meta["outer"]?["deeper"]?["leaf"], .scalar("yes", line: 5))
        XCTAssertEqual(meta["last"]?.text, "z")
    }

    func testEmptyValue() throws {
        XCTAssertEqual(try parse("unit:\nid: x")["unit"], .scalar("", line: 2))
    }

    func testCommentsAndBlankLinesAreSkipped() throws {
        let meta = try parse("# a comment\n\nid: x\n   # indented comment\ntitle: y   ")
        XCTAssertEqual(meta.keys, ["id", "title"])
        XCTAssertEqual(meta["title"], .scalar("y", line: 6))
    }

    func testTabsAreAnErrorOnTheirLine() {
        let f = failure("id: x\ntitle: y\n\tdemo: z")
        XCTAssertEqual(f?.line, 4)
        XCTAssertTrue(f?.message.contains("tabs") == true)
    }

    func testDuplicateKey() {
        let f = failure("id: x\ntitle: y\nid: z")
        XCTAssertEqual(f?.line, 4)
        XCTAssertTrue(f?.message.contains("'id' is given twice") == true, f?.message ?? "")
    }

    func testBadIndentation() {
        XCTAssertEqual(failure("id: x\n  title: y")?.line, 3)
        XCTAssertEqual(failure("a:\n    b: 1\n  c: 2")?.line, 4)
        XCTAssertTrue(failure("id: x\n  title: y")?.message.contains("indentation") == true)
    }

    func testUnclosedQuote() {
        let f = failure("id: x\ntitle: \"Pool\ndemo: d")
        XCTAssertEqual(f?.line, 3)
        XCTAssertTrue(f?.message.contains("must end with \"") == true, f?.message ?? "")
        XCTAssertEqual(failure("a: [x, y\n")?.line, 2)
        XCTAssertEqual(failure("a: \"")?.line, 2)
    }

    func testLineWithoutKey() {
        let f = failure("id: x\njust words\n")
        XCTAssertEqual(f?.line, 3)
        XCTAssertTrue(f?.message.contains("expected 'key: value'") == true)
        XCTAssertEqual(failure("id:x")?.line, 2)
    }
}
