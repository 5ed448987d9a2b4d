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

extension Round20HRowTests {
    /// r20h_pipe_both_send_big_hang: both ends of a Pipe send()ed 1 MB before either received. The record held nothing
    /// of the two sends (pipe.send is written when the call returns), and the hang said only "last recorded … start(),
    /// and nothing since (blocked or busy)". The tracer now writes a send() larger than the end's buffer as a wait; the
    /// row says so and the hang says each waits in send() with no process left free to read.
    func testTwoSendsLargerThanThePipeSayEachWaitsForAReaderThereIsNot() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(
                path: BinaryHarness.repoRoot + "/corpus/transcripts/r20h_pipe_both_send_big_hang--\(method).jsonl"))
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let rows = timeline.events.indices.filter { timeline.events[$0].is(.pipeWait) }.map { describer.describe($0) }
            XCTAssertEqual(rows, ["begins send() on Pipe#1 end A of a message larger than the pipe's buffer holds: send() returns only "
                                  + "once the other end has read most of it",
                                  "begins send() on Pipe#1 end B of a message larger than the pipe's buffer holds: send() returns only "
                                  + "once the other end has read most of it"], method)
            let reasons = HangExplainer(timeline: timeline).reasons().map(\.text).joined(separator: " ")
            XCTAssertTrue(reasons.contains("MainProcess waits in send() on Pipe#1 end A since"), reasons)
            XCTAssertTrue(reasons.contains("no other process of the program is left free to read from it: echo waits in send() on Pipe#1 end B"), reasons)
            XCTAssertFalse(reasons.contains("free to send to it"), reasons)
        }
    }
}
