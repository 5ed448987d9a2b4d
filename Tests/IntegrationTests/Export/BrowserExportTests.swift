import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// The HTML export opened in a real headless Chromium (scripts/browser_check.py drives it over the DevTools
/// pipe): no console error, every lane, note, arrow and bar in the DOM, the slider and keys move the step
/// and its state panel, hostile text stays text. Saves screenshots; with MPTUTOR_RECORD_GOLDEN=1 the
/// pool-async one replaces docs/images/pool-async-html.png.
final class BrowserExportTests: XCTestCase {
    static let lessons = ["pool-async", "lock-basics", "event-basics", "producer-consumer", "pipe", "semaphore-ktv", "process-states"]

    func chromium() throws -> String {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let path = ExecutableSearch.find(name, path: ProcessInfo.processInfo.environment["PATH"]) { return path }
        }
        XCTFail("Chromium is needed for the browser test: apt-get install -y chromium (.ci/run installs it)")
        throw XCTSkip("no chromium")
    }

    func testHTMLExportsWorkInChromium() throws {
        let browser = try chromium()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var pages: [String] = []
        for lesson in Self.lessons {
            let page = folder.path + "/\(lesson).html"
            let run = try BinaryHarness.run(["export", lesson, "--html", page])
            XCTAssertEqual(run.status, .exited(0), run.stderr)
            pages.append(page)
        }
        let hostile = folder.path + "/hostile.jsonl"
        try TranscriptWriter.write(Transcript(header: Fixtures.header(), events: HostileFixture.timeline().events, trailer: nil), to: hostile)
        let run = try BinaryHarness.run(["export", hostile, "--html", folder.path + "/hostile.html"])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        pages.append(folder.path + "/hostile.html")

        let shots = folder.path + "/shots"
        try FileManager.default.createDirectory(atPath: shots, withIntermediateDirectories: true)
        let outcome = try Supervisor().run(RunRequest(
            executable: try TraceEventChecker.python(),
            arguments: [BinaryHarness.repoRoot + "/scripts/browser_check.py", "--chromium", browser, "--screenshot-dir", shots,
                        "--step", "40"] + pages,
            environment: ProcessInfo.processInfo.environment, workingDirectory: BinaryHarness.repoRoot, timeout: 600))
        let output = String(decoding: outcome.stdout, as: UTF8.self)
        XCTAssertEqual(outcome.termination, .exited(0), output + String(decoding: outcome.stderr, as: UTF8.self))
        let results = try output.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue ?? JSONObject() }
        XCTAssertEqual(results.count, pages.count, output)
        for result in results {
            XCTAssertEqual(result["failures"]?.arrayValue?.count, 0, "\(result["page"]?.stringValue ?? "?"): \(result["failures"]?.serialized() ?? "")")
            XCTAssertGreaterThan(result["lanes"]?.intValue ?? 0, 0)
        }
        // What the browser found is what the models hold: every lane, note and link of the run.
        let catalog = try LessonCatalog(root: BinaryHarness.repoRoot)
        for lesson in Self.lessons {
            let result = results.first { $0["page"]?.stringValue?.hasSuffix("/\(lesson).html") == true }
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/\(lesson).jsonl"))
            let parameters = Dictionary(timeline.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
            let notes = RunPresenter(lesson: try catalog.lesson(lesson), capabilities: .plain)
                .notes(for: timeline, variant: nil, parameters: parameters)
            XCTAssertEqual(result?["lanes"]?.intValue, Int64(timeline.lanes.count), lesson)
            XCTAssertEqual(result?["notes"]?.intValue, Int64(notes.count), lesson)
            XCTAssertEqual(result?["arrows"]?.intValue, Int64(CausalLinker.links(in: timeline).count), lesson)
            XCTAssertGreaterThan(result?["arrows"]?.intValue ?? 0, 0, "\(lesson) has cause→effect arrows")
        }
        let shot = shots + "/pool-async.png"
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        XCTAssertGreaterThan(png.count, 20_000, "the screenshot is suspiciously small")
        if ProcessInfo.processInfo.environment["MPTUTOR_RECORD_GOLDEN"] == "1" {
            let target = BinaryHarness.repoRoot + "/docs/images/pool-async-html.png"
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: shot, toPath: target)
        }
    }

    /// `export --perfetto` from the command line, checked by the strict reader.
    func testPerfettoExportFromTheCommandLinePassesTheStrictReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let trace = folder.path + "/pool-async.json"
        let run = try BinaryHarness.run(["export", "pool-async", "--perfetto", trace, "--cast", folder.path + "/pool-async.cast"])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        let verdict = try TraceEventChecker.check(path: trace)
        XCTAssertTrue(verdict.valid, verdict.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path + "/pool-async.cast"))
        let none = try BinaryHarness.run(["export", "pool-async"])
        XCTAssertEqual(none.status, .exited(64), "export without a file to write is a usage error (EX_USAGE)")
        XCTAssertTrue(none.stderr.contains("--html"), none.stderr)
        let nowhere = try BinaryHarness.run(["export", "pool-async", "--html", folder.path + "/no/such/folder/run.html"])
        XCTAssertEqual(nowhere.status, .exited(1))
        XCTAssertTrue(nowhere.stderr.contains("cannot write the HTML page to \(folder.path)/no/such/folder/run.html"), nowhere.stderr)
    }
}
