@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class MarkdownPythonHighlighterTests: XCTestCase {
    private func tokens(_ source: String) -> [PythonToken] {
        PythonTokenizer(source).tokens().filter { $0.kind != .whitespace }
    }

    func testKeywordsBuiltinsNamesAndNumbers() {
        XCTAssertEqual(tokens("for i in range(10): print(i, 1.5e-3)"), [
            PythonToken(.keyword, "for"), PythonToken(.identifier, "i"), PythonToken(.keyword, "in"),
            PythonToken(.builtin, "range"), PythonToken(.punctuation, "("), PythonToken(.number, "10"),
            PythonToken(.punctuation, ")"), PythonToken(.punctuation, ":"), PythonToken(.builtin, "print"),
            PythonToken(.punctuation, "("), PythonToken(.identifier, "i"), PythonToken(.punctuation, ","),
            PythonToken(.number, "1.5e-3"), PythonToken(.punctuation, ")"),
        ])
    }

    func testDefinitionsAndDecorators() {
        XCTAssertEqual(tokens("@mp.wrap\ndef worker(): pass").prefix(4), [
            PythonToken(.decorator, "@mp.wrap"), PythonToken(.newline, "\n"),
            PythonToken(.keyword, "def"), PythonToken(.definition, "worker"),
        ])
        XCTAssertEqual(tokens("a @ b").map(\.kind), [.identifier, .punctuation, .identifier])
    }

    func testStringsWithQuotesAndPrefixes() {
        XCTAssertEqual(tokens(#"'it\'s' "say \"hi\"" "#).map(\.text), [#"'it\'s'"#, #""say \"hi\"""#])
        XCTAssertEqual(tokens(#"f"{x!r}" rb'\d' u"u""#).map(\.kind), [.string, .string, .string])
        XCTAssertEqual(tokens("buffer = b''").map(\.kind), [.identifier, .punctuation, .string])
    }

    func testTripleQuotedStringsSpanLines() {
        let source = "x = \"\"\"one\n'two' \"\n\"\"\" # done"
        XCTAssertEqual(tokens(source).map(\.kind), [.identifier, .punctuation, .string, .comment])
        XCTAssertEqual(tokens(source)[2].text, "\"\"\"one\n'two' \"\n\"\"\"")
    }

    func testCommentsAndHashesInStrings() {
        XCTAssertEqual(tokens("s = '#no' # yes").map(\.kind), [.identifier, .punctuation, .string, .comment])
    }

    func testUnterminatedStringsStopAtLineEnd() {
        XCTAssertEqual(tokens("'open\nx").map(\.kind), [.string, .newline, .identifier])
        XCTAssertEqual(tokens("'''open\nx").map(\.kind), [.string])
    }

    func testTokensReassembleTheSource() {
        let sources = ["def f(a, *args, **kw):\n\treturn a  # c\n", "'''", "f'", "x = 0x1F + 1_000 - .5j", "@", "🐍 = '蛇'"]
        for source in sources {
            XCTAssertEqual(PythonTokenizer(source).tokens().map(\.text).joined(), source)
        }
    }

    func testHighlightColoursOnlyWithColour() {
        let colour = Painter(capabilities: TerminalCapabilities(color: true, unicode: true, width: 80, isInteractive: false))
        XCTAssertEqual(PythonHighlighter(painter: colour).highlight("print(1)"), "\u{1B}[36mprint\u{1B}[0m(\u{1B}[33m1\u{1B}[0m)")
        XCTAssertEqual(PythonHighlighter(painter: Painter(capabilities: .plain)).highlight("print(1)"), "print(1)")
        // Multi-line strings are painted line by line so each line stands alone.
        XCTAssertEqual(PythonHighlighter(painter: colour).highlight("'''a\nb'''"), "\u{1B}[32m'''a\u{1B}[0m\n\u{1B}[32mb'''\u{1B}[0m")
    }
}
