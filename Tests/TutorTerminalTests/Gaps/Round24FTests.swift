import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 24F: concurrent.futures' corners, each on its committed recording.
final class Round24FTests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    static func rows(_ timeline: Timeline, _ kind: EventKind, lang: Language = .en) -> [String] {
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { describer.describe($0) } }
    }

    /// r24f_worker_kills_sibling: a work item's os.kill(sibling, SIGKILL), then the broken executor's terminate() of both
    /// workers. The -9 end's note said only "ForkProcess-1 was ended by SIGKILL: exitcode -9." (the later SIGTERM hid the
    /// sender); a terminate() cannot end a process with -9, so the note names the sibling that sent it.
    func testASiblingsSigkillIsNamedDespiteTheExecutorsLaterTerminate() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r24f_worker_kills_sibling--\(method)")
            let sent = try XCTUnwrap(timeline.indices(of: .processSignalSent).first)
            let sender = timeline.events[sent].process
            let victim = try XCTUnwrap(timeline.events[sent].int(EventField.toPid))
            let end = try XCTUnwrap(timeline.events.lastIndex { $0.exitCode == -9 && ($0.childPid.map(Int64.init) == victim || Int64($0.pid) == victim) })
            let notes = Annotator(timeline: timeline).notes().filter { $0.text.contains("was ended by SIGKILL") }
            XCTAssertEqual(notes.count, 1, notes.map(\.text).joined(separator: "\n"))
            XCTAssertTrue(notes.first?.text.contains("(\(sender) sent it SIGKILL with os.kill())") == true,
                          "\(method) at \(end): " + (notes.first?.text ?? "none"))
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.text.contains("SIGKILL") }.map(\.text) }
            XCTAssertTrue(zh.contains { $0.contains("\(sender) 用 os.kill() 向它发送了 SIGKILL") }, zh.joined(separator: "\n"))
            // the SIGTERM'd sibling keeps the executor's terminate() as its cause
            let term = Annotator(timeline: timeline).notes().filter { $0.text.contains("was ended by SIGTERM") }
            XCTAssertTrue(term.first?.text.contains("called terminate() on it") == true, term.first?.text ?? "none")
        }
    }
}
