import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 32A, part 3: round 31S's note on a timed-out `get()` (the task goes on) covered a job of one task only; a
/// `map_async`/`starmap_async` job's timed-out `get(timeout)` had no note, and "get() of job 0 raised TimeoutError" read as
/// if the work had stopped. The note now says what each of the job's tasks was doing then and did next, from the record.
final class Gaps32ATimedOutJobsTests: XCTestCase {
    func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    func testEachTaskOfATimedOutJobIsSaidAsTheRecordShowsIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try timeline("g32a_map_async_timeouts--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .timedOutTaskGoesOn }
            let gaveUp = timeline.events.indices.filter { timeline.events[$0].is(.poolGet) && timeline.events[$0].string(EventField.error) == "TimeoutError" }
            XCTAssertEqual(gaveUp.count, 2, method)
            for index in gaveUp {
                let get = timeline.events[index]
                let note = try XCTUnwrap(notes.first { $0.eventIndex == index }, "\(method): no note on the get at \(index): \(notes.map(\.text))")
                let tasks = timeline.tasks.filter { $0.job == get.job }
                XCTAssertTrue(note.text.hasPrefix("get() gave up on this job of \(tasks.count) tasks after"), note.text)
                // each task's clause, checked against that task's own events
                for task in tasks {
                    let clause = try XCTUnwrap(note.text.components(separatedBy: task.name + " ").dropFirst().first, "\(task.name): \(note.text)")
                    if let end = task.endT, end <= get.t {
                        XCTAssertTrue(clause.hasPrefix("had finished at \(Format.seconds(end))"), "\(method) \(task.name): \(clause)")
                    } else if let start = task.startT, start <= get.t {
                        XCTAssertTrue(clause.hasPrefix("was running in \(task.worker ?? "?") (since \(Format.seconds(start)))"), "\(method) \(task.name): \(clause)")
                    } else {
                        XCTAssertTrue(clause.hasPrefix("had not started"), "\(method) \(task.name): \(clause)")
                    }
                    if let end = task.endT, end > get.t {
                        XCTAssertTrue(clause.contains(", finished at \(Format.seconds(end))"), "\(method) \(task.name): \(clause)")
                    }
                    if task.endT == nil {
                        XCTAssertTrue(clause.contains(", still unfinished when"), "\(method) \(task.name): \(clause)")
                    }
                }
            }
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().map(\.text) }
            XCTAssertEqual(zh.filter { $0.contains("个任务的作业，但这没有让其中任何一个停下") }.count, 2, "\(method): \(zh)")
        }
    }

    /// A job of one task keeps round 31S's note (this rule leaves it alone), and a job whose tasks were all back gets none.
    func testOneTaskJobsKeepRound31SNote() throws {
        let timeline = try timeline("r31s_ping_sweep_timeouts--fork")
        let texts = Annotator(timeline: timeline).notes().filter { $0.kind == .timedOutTaskGoesOn }.map(\.text)
        XCTAssertFalse(texts.isEmpty)
        XCTAssertFalse(texts.contains { $0.contains("this job of") }, "\(texts)")
    }
}

extension Gaps32ATimedOutJobsTests {
    /// Where the record gives the note no ground it is not made: r9a's TimeoutError was raised by a SIGALRM handler
    /// inside map() (no timeout was given), and in r7a, r9b and r26s no task of the job did anything after the get.
    func testNoJobNoteWithoutATimeoutOrAnythingAfter() throws {
        for name in ["r9a_alarm_interrupts_map--fork", "r7a_pool_results_after_with--fork", "r9b_pool_before_def--fork", "r26s_pool_at_import--spawn"] {
            let texts = Annotator(timeline: try timeline(name)).notes().map(\.text)
            XCTAssertFalse(texts.contains { $0.contains("this job of") }, "\(name): \(texts)")
        }
    }
}
