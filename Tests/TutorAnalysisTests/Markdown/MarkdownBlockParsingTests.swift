@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport
import XCTest

final class MarkdownBlockParsingTests: XCTestCase {
    private func blocks(_ text: String) -> [MarkdownBlock] {
        MarkdownDocument(parsing: text).blocks
    }

    func testHeadingsOfEveryLevel() {
        XCTAssertEqual(blocks("# One"), [.heading(level: 1, [.text("One")])])
        XCTAssertEqual(blocks("###### Six ###"), [.heading(level: 6, [.text("Six")])])
        XCTAssertEqual(blocks("## C# #"), [.heading(level: 2, [.text("C#")])])
        XCTAssertEqual(blocks("#"), [.heading(level: 1, [])])
        XCTAssertEqual(blocks("####### seven"), [.paragraph([.text("####### seven")])])
        XCTAssertEqual(blocks("#hashtag"), [.paragraph([.text("#hashtag")])])
    }

    func testSetextHeadings() {
        XCTAssertEqual(blocks("Title\n====="), [.heading(level: 1, [.text("Title")])])
        XCTAssertEqual(blocks("Sub\n---"), [.heading(level: 2, [.text("Sub")])])
    }

    func testParagraphsJoinSoftBreaksAndSplitAtBlankLines() {
        XCTAssertEqual(blocks("one\ntwo\n\nthree"), [.paragraph([.text("one two")]), .paragraph([.text("three")])])
        XCTAssertEqual(blocks("中文\n换行"), [.paragraph([.text("中文换行")])])
        // Next to full-width punctuation no space either; between CJK and Latin a space stays.
        XCTAssertEqual(blocks("用法：\n`get()`"), [.paragraph([.text("用法："), .code("get()")])])
        XCTAssertEqual(blocks("调用 `get()`\n，然后"), [.paragraph([.text("调用 "), .code("get()"), .text("，然后")])])
        XCTAssertEqual(blocks("调用\nget"), [.paragraph([.text("调用 get")])])
        XCTAssertEqual(blocks("hard  \nbreak\\\nagain"), [.paragraph([.text("hard\nbreak\nagain")])])
        XCTAssertEqual(blocks("a\r\nb\rc"), [.paragraph([.text("a b c")])])
    }

    func testBulletListsWithContinuationLines() {
        XCTAssertEqual(
            blocks("- one\n  continued\n* two\nlazy\n+ three"),
            [.list(ordered: false, start: 1, items: [[.text("one continued")], [.text("two lazy")], [.text("three")]])]
        )
    }

    func testOrderedListsKeepTheirStart() {
        XCTAssertEqual(
            blocks("3. three\n4. four"),
            [.list(ordered: true, start: 3, items: [[.text("three")], [.text("four")]])]
        )
        XCTAssertEqual(blocks("1) a\n2) b"), [.list(ordered: true, start: 1, items: [[.text("a")], [.text("b")]])])
    }

    func testLooseListsAndListEnd() {
        XCTAssertEqual(
            blocks("- a\n\n- b\n\nafter"),
            [.list(ordered: false, start: 1, items: [[.text("a")], [.text("b")]]), .paragraph([.text("after")])]
        )
        XCTAssertEqual(
            blocks("- a\n1. b"),
            [.list(ordered: false, start: 1, items: [[.text("a")]]), .list(ordered: true, start: 1, items: [[.text("b")]])]
        )
    }

    func testNestedItemsAreFlattened() {
        XCTAssertEqual(
            blocks("- outer\n  - inner\n- next"),
            [.list(ordered: false, start: 1, items: [[.text("outer")], [.text("inner")], [.text("next")]])]
        )
    }

    func testListInterruptsParagraphOnlyWhenItShould() {
        XCTAssertEqual(
            blocks("Steps:\n- one"),
            [.paragraph([.text("Steps:")]), .list(ordered: false, start: 1, items: [[.text("one")]])]
        )
        XCTAssertEqual(blocks("In\n2024. it rained"), [.paragraph([.text("In 2024. it rained")])])
    }

    func testFencedCodeBlocks() {
        XCTAssertEqual(
            blocks("```python\nprint(1)\n\n  x = 2\n```"),
            [.codeBlock(language: "python", code: "print(1)\n\n  x = 2")]
        )
        XCTAssertEqual(blocks("~~~\n# not a heading\n~~~"), [.codeBlock(language: nil, code: "# not a heading")])
        XCTAssertEqual(blocks("````md\n```\n````"), [.codeBlock(language: "md", code: "```")])
    }

    func testUnclosedFenceRunsToTheEnd() {
        XCTAssertEqual(blocks("```py\na\n\nb\n\n"), [.codeBlock(language: "py", code: "a\n\nb")])
        XCTAssertEqual(blocks("```"), [.codeBlock(language: nil, code: "")])
    }

    func testFenceInsideAListEndsTheList() {
        XCTAssertEqual(
            blocks("1. Run:\n\n   ```sh\n   python3 demo.py\n   ```\n2. Watch"),
            [
                .list(ordered: true, start: 1, items: [[.text("Run:")]]),
                .codeBlock(language: "sh", code: "python3 demo.py"),
                .list(ordered: true, start: 2, items: [[.text("Watch")]]),
            ]
        )
    }

    func testBlockquotes() {
        XCTAssertEqual(blocks("> quoted\n> more\nlazy"), [.blockquote([.text("quoted more lazy")])])
        XCTAssertEqual(blocks(">> nested"), [.blockquote([.text("nested")])])
        XCTAssertEqual(blocks("> a\n>\n> b"), [.blockquote([.text("a")]), .blockquote([.text("b")])])
        XCTAssertEqual(blocks(">"), [.blockquote([])])
    }

    func testHorizontalRules() {
        XCTAssertEqual(blocks("---"), [.horizontalRule])
        XCTAssertEqual(blocks("* * *"), [.horizontalRule])
        XCTAssertEqual(blocks("___"), [.horizontalRule])
        XCTAssertEqual(blocks("a\n\n***\nb"), [.paragraph([.text("a")]), .horizontalRule, .paragraph([.text("b")])])
    }

    func testDeepNestingIsCappedNotRecursedForever() {
        let deep = String(repeating: "*a ", count: 100) + "x" + String(repeating: " a*", count: 100)
        XCTAssertFalse(MarkdownDocument(parsing: deep).blocks.isEmpty)
    }

    func testEmptyAndBlankInput() {
        XCTAssertEqual(blocks(""), [])
        XCTAssertEqual(blocks("\n\n   \n\t\n"), [])
    }

    func testMalformedInputNeverCrashes() {
        let nasty = [
            "*", "**", "***", "`", "``", "[", "](", "[a](", "<", "<>", "\\", "#", "-", "1.", "> ", "```", "~~~~",
            "- \n- ", "*a **b", "_ _ _", "[[]]()", "\u{1B}[31m#\u{07}", "\t- x\n\t\t- y", String(repeating: "*", count: 500),
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300), "a\r\r\n\n\r",
            String(repeating: "*a ", count: 2_000) + String(repeating: "b* ", count: 2_000),
            String(repeating: "[x", count: 2_000) + String(repeating: "](u)", count: 2_000),
        ]
        for text in nasty {
            _ = MarkdownDocument(parsing: text)
        }
    }
}

