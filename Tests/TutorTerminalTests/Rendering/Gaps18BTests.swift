import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 18B: what round 17 and gaps 17A and 17B left (docs/truth-review.md), on the committed runs of the g18b programs.
final class Gaps18BTests: XCTestCase {
    static func rows(_ name: String) throws -> (Timeline, (Int) -> String) {
        let timeline = try Gaps16BTests.corpus(name)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: SteppingTestSupport.plain80))
        return (timeline, { describer.describe($0) })
    }

    static func summary(_ timeline: Timeline) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        return SummaryRenderer(timeline: timeline, capabilities: caps).render()
    }

    /// r17_apply_async_args_int_lost: apply_async(square, (5)) raised TypeError in the worker's own call, before square
    /// ran; its row read as square's own error, and the summary's "3 of 3 tasks ran" counted it as run.
    func testATaskWhoseCallRaisedBeforeItsFunctionRanSaysSoAndTheSummaryCountsIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (timeline, row) = try Self.rows("g18b_pool_call_counts--\(method)")
            let ends = timeline.indices(of: .taskEnd).filter { timeline.events[$0].ok == false }
            XCTAssertEqual(ends.map { timeline.events[$0].job ?? -1 }, [0, 1, 2], method)
            for i in ends.prefix(2) {
                XCTAssertTrue(row(i).hasSuffix(" (the call itself raised it, before square's first line ran: square never began)"), row(i))
            }
            XCTAssertEqual(row(ends[2]), "✗ task 2 raised ValueError: no 3", method)
            let summary = Self.summary(timeline)
            XCTAssertTrue(summary.contains("Pool#1 (1 worker): 4 apply_async() calls, 1 starmap() call, 1 map() call that raised in the "
                                           + "calling process, no task sent · 6 of 6 chunks ran (2 of them raised in the call itself: their "
                                           + "function never began) ·"), summary)
            let zh = Language.with(.zh) { row(ends[0]) }
            XCTAssertTrue(zh.hasSuffix("（这个异常是调用本身在 square 的第一行运行之前抛出的：square 根本没有开始执行）"), zh)
        }
    }

    /// r17_ctrl_c_group_pool_map: SIGINT sent to a worker whose initializer set SIG_IGN had no row saying it was ignored.
    func testASignalSentToAChildThatIgnoredItSaysSo() throws {
        let (timeline, row) = try Self.rows("g18b_pool_call_counts--fork")
        let signal = try XCTUnwrap(timeline.indices(of: .processSignal).first)
        XCTAssertTrue(row(signal).hasSuffix("→ deaf (deaf ignored SIGINT: its handler was SIG_IGN when the signal was sent, so the signal did "
                                            + "nothing to it)"), row(signal))
        // the pool's workers without an initializer kept Python's handler: their SIGINT rows stay plain
        let (ctrlC, ctrlCRow) = try Self.rows("r17_ctrl_c_group_pool_map--fork")
        let rows = ctrlC.indices(of: .processSignal).map(ctrlCRow)
        XCTAssertEqual(rows.filter { $0.contains("ignored SIGINT") }.count, 2, rows.joined(separator: "\n"))
        XCTAssertEqual(rows.filter { !$0.contains("ignored") }.count, 2, rows.joined(separator: "\n"))
    }

    /// gaps 17A said a multiprocessing Event's set() that woke no one; a Manager Event's set() after every wait on it had
    /// timed out (wait() returned False) said nothing of it.
    func testAManagerEventSetAfterEveryWaitTimedOutSaysItWokeNoOne() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (timeline, row) = try Self.rows("g18b_manager_event_set_late--\(method)")
            let sets = timeline.indices(of: .managerCall).filter { timeline.events[$0].method == "set" }
            XCTAssertEqual(sets.count, 2, method)
            let waits = timeline.indices(of: .managerCall).filter { timeline.events[$0].method == "wait" && timeline.events[$0].object == "Event#1" }
            let times = waits.map { Format.seconds(timeline.events[$0].t) }
            XCTAssertTrue(row(sets[0]).hasSuffix(": it woke no one: every wait() on Event#1 before it had already returned when its timeout ran out "
                                                 + "(r0's at \(times[0]), r1's at \(times[1])), and none was waiting")
                          || row(sets[0]).hasSuffix("(r1's at \(times[0]), r0's at \(times[1])), and none was waiting"), row(sets[0]))
            XCTAssertFalse(row(sets[1]).contains("woke no one"), row(sets[1]))
        }
    }

    /// g13b_pool_bound_method (a ThreadPool of 2 whose tasks all ran on one of its threads): "(2 workers, 1 started in
    /// all)", though ThreadPool starts every thread it is given; the count was of the threads seen running a task. A
    /// process pool's own count (a worker replaced: pool_worker_dies) is kept.
    func testAThreadPoolIsNotSaidToHaveStartedOnlyTheThreadsThatRanATask() throws {
        let threads = Self.summary(try Gaps16BTests.corpus("g13b_pool_bound_method--fork"))
        XCTAssertTrue(threads.contains("Pool#2 (2 worker threads: a ThreadPool): 3 apply_async() calls, 1 map() call ·"), threads)
        let processes = Self.summary(try Gaps16BTests.corpus("pool_worker_dies--fork"))
        XCTAssertTrue(processes.contains("Pool#1 (2 workers, 3 started in all): 1 map() call ·"), processes)
    }

    /// r16_pipes_in_order_crashed_child (spawn, forkserver): gaps 17A's note named the processes holding a copy of end B
    /// only under fork; child-1, given end B as a Process argument (pickled), held one too and had ended without sending.
    func testAPollBlindToEOFNamesAChildThatUnpickledItsCopyOfTheOtherEnd() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r16_pipes_in_order_crashed_child--\(method)")
            let note = try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .pipeEOFHidden }, method)
            XCTAssertTrue(note.text.contains(" child-1, given end B pickled (with its Process object under spawn or forkserver, as an argument or an attribute of a Process subclass, or in a "
                                             + "message), unpickled its own copy of it, and every one had ended by then without sending on "
                                             + "it: nothing more could come."), note.text)
            XCTAssertFalse(note.text.contains("forked after the Pipe"), note.text)
            XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)))
            let (_, row) = try Self.rows("r16_pipes_in_order_crashed_child--\(method)")
            let unpickled = timeline.indices(of: .pipeUnpickled)
            XCTAssertEqual(unpickled.count, 6, method)
            let second = try XCTUnwrap(unpickled.first { timeline.events[$0].object == "Pipe#2" })
            XCTAssertEqual(timeline.events[second].process, "child-1")
            XCTAssertTrue(row(second).hasPrefix("gets its own copy of Pipe#2 end B, unpickled here"), row(second))
        }
    }

    /// g18b_callable_targets: a callable object, a builtin and a class as Process targets had start rows naming no target
    /// (gaps 17B named functions, bound methods and partials only).
    func testAStartRowNamesACallableObjectABuiltinAndAClassTarget() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (timeline, row) = try Self.rows("g18b_callable_targets--\(method)")
            let starts = timeline.indices(of: .processSpawn).map(row)
            XCTAssertEqual(starts.count, 4, method)
            XCTAssertTrue(starts.allSatisfy { $0.contains(" · target ") }, starts.joined(separator: "\n"))
            XCTAssertEqual(starts.compactMap { $0.components(separatedBy: " · target ").last },
                           ["a Job object (run() calls it: its class's __call__ runs)", "sleep", "Report", "Job.__call__"], method)
        }
    }
}
