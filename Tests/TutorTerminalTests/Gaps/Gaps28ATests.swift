import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 28A (issue 11): leftovers of rounds 27F and gaps 27A around concurrent.futures and Pool, each on a committed
/// recording (`r27f_two_arg_error_then_new_pool`, `g28a_map_closed_early`, `g27a_result_polls`).
final class Gaps28ATests: XCTestCase {
    static let methods = ["fork", "spawn", "forkserver"]
    static let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// ProcessPoolExecutor#1's QuotaError never reached the parent (its manager thread could not unpickle it and broke
    /// the executor), and work item 2's result was never read: the summary said "1 raised an exception" and counted
    /// item 2 nowhere. What came back and what ended in a worker but never came back are now counted apart.
    func testWorkItemsThatNeverCameBackAreCountedApartFromExceptionsReceived() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r27f_two_arg_error_then_new_pool--\(method)")
            let one = try XCTUnwrap(ExecutorFigures.all(timeline).first { $0.executor == "ProcessPoolExecutor#1" })
            XCTAssertEqual(one.raised, 0, method)
            XCTAssertEqual(one.resultsBack, 1, method)
            XCTAssertEqual(one.endedNotBack.map(\.work), [1, 2], method)
            XCTAssertEqual(one.endedNotBack.map(\.error), ["QuotaError", nil], method)
            let summary = SummaryRenderer(timeline: timeline, capabilities: Self.caps).render()
            let line = try XCTUnwrap(summary.split(separator: "\n").first { $0.contains("ProcessPoolExecutor#1 (max_workers 1)") }.map(String.init))
            XCTAssertFalse(line.contains("raised an exception"), "\(method): \(line)")
            XCTAssertTrue(line.contains("1 result came back on its manager thread, 2 ended in a worker without the parent ever getting the outcome "
                + "(work item 1 raised QuotaError there; work item 2 returned there)"), "\(method): \(line)")
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: Self.caps).render() }
            XCTAssertTrue(zh.contains("2 个在工作进程里结束了，父进程却始终没有拿到它们的返回值或异常（工作项 1 在那里抛出了 QuotaError；工作项 2 在那里正常返回了）"), "\(method): \(zh)")
            // the third executor, whose results all came back, counts none apart
            let three = try XCTUnwrap(ExecutorFigures.all(timeline).first { $0.executor == "ProcessPoolExecutor#3" })
            XCTAssertTrue(three.endedNotBack.isEmpty, method)
            XCTAssertEqual(three.resultsBack, 2, method)
        }
    }

    /// max_workers=6 started three workers under spawn and forkserver (one per submit() while none counts as idle),
    /// and six under fork: a note says so once, only where the record shows fewer, with its premise.
    func testFewerWorkersThanMaxWorkersHasANoteOnlyWhereTheRunShowsIt() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("g28a_map_closed_early--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .fewerWorkersThanMax }
            let spawned = timeline.events.filter { $0.is(.processSpawn) && $0.string(EventField.executor) == "ProcessPoolExecutor#2" }.count
            if method == "fork" {
                XCTAssertEqual(spawned, 6, method)
                XCTAssertTrue(notes.isEmpty, "\(method): \(notes)")
                continue
            }
            XCTAssertLessThan(spawned, 6, method)
            XCTAssertEqual(notes.count, 1, "\(method): \(notes)")
            let note = try XCTUnwrap(notes.first)
            XCTAssertTrue(note.text.hasPrefix("ProcessPoolExecutor#2 started \(spawned) of its max_workers 6 worker processes: under \(method) "), note.text)
            XCTAssertTrue(note.premise?.holds(in: StateReplayer(timeline: timeline)) == true, method)
            XCTAssertTrue(timeline.events[note.eventIndex].is(.futureSubmit) || timeline.events[note.eventIndex].is(.processSpawn), method)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().first { $0.kind == .fewerWorkersThanMax }?.text ?? "" }
            XCTAssertTrue(zh.hasPrefix("ProcessPoolExecutor#2 只启动了 \(spawned) 个工作进程，而它的 max_workers 是 6"), zh)
        }
        // every note's count is the executor's own count of spawned workers: r14f_scraper_as_completed's second worker was
        // spawned in its last submit(), after the submit's own event, and a note at that event said "1 of 2"
        for name in ["r14f_initializer_raises_submit", "r14f_scraper_as_completed", "r13f_nested_process_pools", "r25f_spawn_context_chained_error", "r27f_initializer_generator_map"] {
            for method in ["spawn", "forkserver"] {
                let timeline = try Round22MTests.timeline("\(name)--\(method)")
                for note in Annotator(timeline: timeline).notes() where note.kind == .fewerWorkersThanMax {
                    let executor = try XCTUnwrap(note.text.split(separator: " ").first.map(String.init))
                    let spawned = timeline.events.filter { $0.is(.processSpawn) && $0.string(EventField.executor) == executor }.count
                    XCTAssertTrue(note.text.hasPrefix("\(executor) started \(spawned) of its max_workers "), "\(name)--\(method): \(note.text)")
                    XCTAssertFalse(note.text.contains("each of its 1 "), note.text)
                }
            }
        }
        // a run whose executors start max_workers says nothing (ProcessPoolExecutor#1, max_workers 2, in every method)
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("g28a_map_closed_early--\(method)")
            XCTAssertNil(StateQueries.workersPerSubmit(executor: "ProcessPoolExecutor#1", through: timeline.events.count - 1, in: timeline.events), method)
        }
    }

    /// Executor.map()'s iterator closed early cancels the items left in its finally; a running item's cancel() returns
    /// False. The tracer wrote only the cancels that succeeded: the failed ones had no row.
    func testMapsFailedCancelsOfRunningItemsHaveRows() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("g28a_map_closed_early--\(method)")
            let cancels = timeline.events.filter { $0.is(.futureCancel) && $0.string(EventField.call) == "map()" && $0.ok == false }
            XCTAssertFalse(cancels.isEmpty, method)
            let rows = Round22MTests.rows(timeline, .futureCancel)
            XCTAssertTrue(rows.contains { $0.hasPrefix("map()'s iterator, closed before its last result, calls cancel() on the work items left: cancel() → False: work item 1 ") },
                          "\(method): \(rows)")
            let zh = Round22MTests.rows(timeline, .futureCancel, lang: .zh)
            XCTAssertTrue(zh.allSatisfy { $0.hasPrefix("map() 的迭代器在取到最后一个结果之前被关闭") }, "\(method): \(zh)")
        }
    }

    /// zh27's Left: the broken-executor notes said "multiprocessing 的 Pool"; the glossary's word is 进程池.
    func testBrokenExecutorNotesSayProcessPoolInChinese() {
        let phrases: [Phrase] = [.noteBrokenWhy, .noteBrokenWhyOne, .noteBrokenWhyAlone, .noteBrokenWhyAloneOne, .noteBrokenWhyWorkers, .noteBrokenWhyWorkersAlone]
        for phrase in phrases {
            let text = Language.with(.zh) { phrase.text() }
            XCTAssertFalse(text.contains("multiprocessing 的 Pool"), "\(phrase): \(text)")
            XCTAssertTrue(text.contains("multiprocessing 的进程池 Pool 则不会察觉"), "\(phrase): \(text)")
        }
    }
}
