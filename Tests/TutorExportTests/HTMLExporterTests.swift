import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorExport
@testable import TutorTestSupport

final class HTMLExporterTests: XCTestCase {
    func page(_ timeline: Timeline, lesson: Lesson? = nil) -> String {
        HTMLExporter(timeline: timeline, presenter: RunPresenter(lesson: lesson, capabilities: .plain), variant: nil, parameters: [:]).html()
    }

    /// The data block, parsed as the page's script parses it.
    func data(_ html: String) throws -> JSONValue {
        let start = try XCTUnwrap(html.range(of: #"<script type="application/json" id="run-data">"#))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try JSONParser.parse(String(html[start.upperBound..<end.lowerBound]))
    }

    func testHostileStringsNeverBecomeMarkupOrScript() throws {
        let html = page(HostileFixture.timeline())
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 2, "only the page's two script elements")
        XCTAssertEqual(html.components(separatedBy: "</script").count - 1, 2)
        XCTAssertFalse(html.contains("<img"), "an outside tag reached the markup")
        XCTAssertFalse(html.contains("<!--"))
        XCTAssertFalse(html.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" }, "raw line separators break a script")
        XCTAssertFalse(html.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                       "a raw control character is in the page")
        XCTAssertFalse(html.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, "a bidi override is in the page")
        // The text itself arrives, as text: sanitized, then escaped.
        let json = try data(html)
        let lanes = json.objectValue?["lanes"]?.arrayValue?.compactMap { $0.objectValue?["label"]?.stringValue } ?? []
        XCTAssertTrue(lanes.contains { $0.hasPrefix(HostileFixture.script) }, "\(lanes)")
        let texts = json.objectValue?["events"]?.objectValue?["text"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let put = try XCTUnwrap(texts.first { $0.contains("bell") })
        XCTAssertTrue(put.contains("␇") && put.contains("␛[2J") && put.contains("␀") && put.contains("⟨U+202E⟩"), put)
        XCTAssertTrue(texts.contains { $0.contains(HostileFixture.script) }, "the printed line keeps its text")
    }

    func testThePageNamesNoURLButTheSVGNamespace() throws {
        let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl")
        let catalog = LessonCatalog(root: BinaryHarness.repoRoot)
        let html = page(TimelineBuilder.build(transcript), lesson: try catalog.lesson("pool-async"))
        let stripped = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        XCTAssertFalse(stripped.lowercased().contains("http:"), "an http: URL is in the page")
        XCTAssertFalse(stripped.lowercased().contains("https:"), "an https: URL is in the page")
        XCTAssertFalse(html.contains("@import") || html.contains("@font-face"), "the page loads something")
        XCTAssertTrue(html.contains("Content-Security-Policy"))
        // The lesson's claims and numbered notes are in the data, numbered as the terminal numbers them.
        let json = try data(html)
        XCTAssertEqual(json.objectValue?["claims"]?.arrayValue?.count, 5)
        let notes = json.objectValue?["notes"]?.arrayValue ?? []
        XCTAssertEqual(notes.first?.arrayValue?.first?.intValue, 1)
        XCTAssertFalse(notes.isEmpty)
    }

    /// The page rebuilds a step's panel from key frames and changes; done here the same way, it must give
    /// the step view's own rows at every step.
    func testPanelFramesRebuildTheStepViewsRowsAtEveryStep() throws {
        let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-vs-processes.jsonl")
        let timeline = TimelineBuilder.build(transcript)
        let json = try data(page(timeline)).objectValue?["panel"]?.objectValue
        let every = try XCTUnwrap(json?["every"]?.intValue)
        let frames = try XCTUnwrap(json?["frames"]?.arrayValue?.compactMap(\.arrayValue))
        XCTAssertEqual(frames.count, timeline.events.count)
        let replayer = StateReplayer(timeline: timeline)
        let painter = Painter(capabilities: .plain)
        for step in stride(from: 0, to: timeline.events.count, by: 37) {
            var rows: [[String]] = []
            for j in (step / Int(every) * Int(every))...step {
                let frame = frames[j]
                for k in stride(from: 1, to: frame.count, by: 3) {
                    let index = Int(frame[k].intValue!)
                    while rows.count <= index { rows.append([]) }
                    rows[index] = [frame[k + 1].stringValue!, frame[k + 2].stringValue!]
                }
                rows = Array(rows.prefix(Int(frame[0].intValue!)))
            }
            let expected = StatePanel(state: replayer.state(after: step), painter: painter, width: 100, hidesInfrastructure: true).rows()
                .map { [$0.label, $0.text] }
            XCTAssertEqual(rows, expected, "step \(step)")
        }
    }

    func testExportTextEscapesForHTMLAndForScripts() {
        XCTAssertEqual(ExportText.html(#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        // The sanitizer makes a line separator visible before the JSON escaping sees it.
        XCTAssertEqual(ExportText.json("</script>\u{2028}\"\\\n"), #""\u003c/script\u003e⟨U+2028⟩\"\\\n""#)
        XCTAssertEqual(ExportText.json("a\u{1B}[31mred"), #""ared""#, "a colour is dropped, as on a plain terminal")
        XCTAssertEqual(ExportText.json("\u{07}"), #""␇""#)
        XCTAssertEqual(ExportText.json("中文 ✓"), #""中文 ✓""#)
    }
}
