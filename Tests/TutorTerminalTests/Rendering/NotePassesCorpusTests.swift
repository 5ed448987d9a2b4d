import Foundation
import XCTest
import TutorCore
import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Perf 29: a long run's notes are made on two threads (`NotePasses`: the summary's thread makes passes of the rules
/// beside the main thread). Whoever made a pass, the notes must be those one thread makes, in the same order: on
/// committed recordings (every third of `TranscriptSample`'s, about 300, which holds every event kind: the whole
/// corpus took 272 s of CI's time; `MPTUTOR_TEST_EVERY_TRANSCRIPT=1` compares every recording), with the notes' real
/// row words.
final class NotePassesCorpusTests: XCTestCase {
    private let presenter = RunPresenter(lesson: nil, capabilities: TerminalCapabilities(color: false, unicode: true, width: 100,
                                                                                         isInteractive: false))

    func testEveryRecordingsNotesAreTheSameMadeOnTwoThreads() throws {
        let every = ProcessInfo.processInfo.environment["MPTUTOR_TEST_EVERY_TRANSCRIPT"] == "1"
        let paths = every ? try FrequentRowWriterTests.transcriptPaths()
            : TranscriptSample.chosen.paths.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        XCTAssertGreaterThan(paths.count, every ? 2_000 : 250)
        var read = 0, withNotes = 0, differing: [String] = []
        for path in paths {
            // A fixture of hostile input may not read: it has no notes to compare.
            guard let transcript = try? TranscriptReader.read(path: path) else { continue }
            read += 1
            let timeline = TimelineBuilder.build(transcript)
            let alone = notes(timeline)
            if !alone.isEmpty { withNotes += 1 }
            // Every pass but the one that quotes rows made by the other thread, before the caller asks: the helper's
            // own lookup and no row words.
            let helperFirst = NotePasses(timeline: timeline)
            _ = BesideResult(if: true) { helperFirst.help(); return true }.take()
            // Both threads at once, taking passes as they come.
            let together = NotePasses(timeline: timeline)
            let helper = BesideResult(if: true) { together.help(); return true }
            let both = notes(timeline, sharing: together)
            _ = helper.take()
            if notes(timeline, sharing: helperFirst) != alone || both != alone { differing.append(path) }
        }
        XCTAssertGreaterThan(read, every ? 2_000 : 250)
        XCTAssertGreaterThan(withNotes, every ? 1_000 : 100)
        XCTAssertEqual(differing, [], "notes made on two threads differ from one thread's")
    }

    /// The row-quoting pass (a hung run's watchdog note: what a process that was not blocked last did, in its row's
    /// words) is made by the caller's thread even when a helper took every other pass first.
    func testTheWatchdogsRowWordsAreTheCallersWhenTheHelperTookEveryOtherPass() throws {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot
            + "/corpus/transcripts/futures_as_completed_hang--fork.jsonl"))
        let alone = notes(timeline)
        let watchdog = try XCTUnwrap(alone.first { $0.kind == .watchdog })
        XCTAssertTrue(watchdog.text.contains("“▶ work item 2 work(2)”"), watchdog.text)
        let passes = NotePasses(timeline: timeline)
        _ = BesideResult(if: true) { passes.help(); return true }.take()
        let shared = notes(timeline, sharing: passes)
        XCTAssertEqual(shared, alone)
        XCTAssertEqual(shared.first { $0.kind == .watchdog }?.text, watchdog.text)
    }

    private func notes(_ timeline: Timeline, sharing passes: NotePasses? = nil) -> [Note] {
        presenter.notes(for: timeline, variant: nil, parameters: [:], sharing: passes)
    }
}
