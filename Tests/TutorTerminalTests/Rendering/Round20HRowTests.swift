import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 20H: programs that fail, hang or strain, as learners write them.
final class Round20HRowTests: XCTestCase {
    private func notes(_ name: String) throws -> [String] {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
        return Annotator(timeline: timeline).notes().map(\.text)
    }

    /// r20h_semaphore_release_to_unstick: b waited on a Semaphore(1) that a held; the parent, which never acquired it,
    /// called release() to "unstick" b. The note said only "b waited 497 ms for Semaphore#1, held by a.", as if a had let
    /// b in; a was still inside (it released 1.5 s later) and both were inside at once.
    func testAWaitEndedByAReleaseFromANonHolderSaysWhoReleasedAndThatBothWereInside() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let all = try notes("r20h_semaphore_release_to_unstick--\(method)")
            let note = try XCTUnwrap(all.first { $0.hasPrefix("b waited") }, "\(all)")
            XCTAssertTrue(note.contains("held by a; it got in through MainProcess's release() at"), note)
            XCTAssertTrue(note.contains("though MainProcess had never acquired Semaphore#1, while a had not released it"), note)
            XCTAssertTrue(note.contains("so a and b were inside at the same time"), note)
        }
        // a semaphore whose waiters get in by their holders' own releases keeps the plain words
        for name in ["semaphore_limit_downloads--fork", "semaphore_two_at_once--fork", "r3_semaphore_downloader--fork"] {
            XCTAssertFalse(try notes(name).contains { $0.contains("got in through") }, name)
        }
    }
}
