import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 17A: what rounds 16 and 16F saw and did not fix (docs/truth-review.md), on their committed runs.
final class Gaps17ATests: XCTestCase {
    static func rows(_ name: String) throws -> (Timeline, (Int) -> String) {
        let timeline = try Gaps16BTests.corpus(name)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: SteppingTestSupport.plain80))
        return (timeline, { describer.describe($0) })
    }

    /// r16_bank_overdraft_check_then_act: atm-2 tested 40, atm-1 wrote 10, atm-2 read 10 and wrote -20; no note said why.
    func testTheOverdraftRunSaysTheTestWasMadeOnAValueThatChangedBeforeTheWrite() throws {
        let timeline = try Gaps16BTests.corpus("r16_bank_overdraft_check_then_act--fork")
        let notes = Gaps16BTests.notes(timeline)
        let note = try XCTUnwrap(notes.first { $0.kind == .staleCheck })
        XCTAssertEqual(timeline.events[note.eventIndex].string(EventField.value), "-20")
        XCTAssertTrue(note.text.hasPrefix("atm-2 read Value#1.value twice before it wrote it: 40 at 1.044 s, then 10 at 1.062 s; in between, atm-1 wrote 10 at 1.062 s. Then atm-2 wrote -20 (1.062 s)."), note.text)
        XCTAssertTrue(note.text.hasSuffix("(the record shows 2 such tests on a value that changed before the write in this run)"), note.text)
        XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)))
        // the locked half (`with balance.get_lock():`, Value#2) shows none
        XCTAssertFalse(StaleCheck.all(in: timeline.events).contains { timeline.events[$0.write].object != "Value#1" })
        let zh = try Language.with(.zh) { try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .staleCheck }?.text) }
        XCTAssertTrue(zh.hasPrefix("atm-2 在写 Value#1.value 之前读了它两次：1.044 s 读到 40，1.062 s 又读到 10；这之间，atm-1 在 1.062 s 写入了 10。"), zh)
    }

    /// r16_start_gun_wait_timeout: "set Event#1" came after both racers' waits had timed out and both had ended.
    func testASetAfterEveryWaitOnTheEventTimedOutSaysItWokeNoOne() throws {
        let (timeline, row) = try Self.rows("r16_start_gun_wait_timeout--fork")
        let sets = timeline.indices(of: .eventSet)
        XCTAssertEqual(sets.count, 2)
        XCTAssertEqual(row(sets[0]), "set Event#1: it woke no one: every wait() on Event#1 before it had already returned when its timeout ran out (r0's at 2.047 s, r1's at 2.059 s), and none was waiting")
        let zh = Language.with(.zh) { row(sets[0]) }
        XCTAssertEqual(zh, "对 Event#1 调用 set()：它没有唤醒任何一方：在此之前对 Event#1 的每个 wait() 都已因超时返回（r0 于 2.047 s、r1 于 2.059 s），当时没有谁在等待")
        // the find's prefilter gets the same sets from its one pass
        XCTAssertEqual(StateQueries.setsWokeNoOne(in: timeline), Set(sets))
        // spawn: the racers were still waiting at the first set, which woke them: the plain row
        let (spawn, spawnRow) = try Self.rows("r16_start_gun_wait_timeout--spawn")
        XCTAssertEqual(spawnRow(try XCTUnwrap(spawn.indices(of: .eventSet).first)), "set Event#1")
    }

    /// r16f_first_exception_collect_rest: "wait() returned after 718 ms · 3 still not done" did not say work item 2 raised.
    func testAWaitThatReturnedAtTheFirstExceptionSaysWhichItemRaised() throws {
        let (timeline, row) = try Self.rows("r16f_first_exception_collect_rest--fork")
        let waited = timeline.indices(of: .executorWaited).map(row)
        XCTAssertEqual(waited.first, "wait() returned after 718 ms: work item 2 raised KeyError (its exception came back at 4.129 s), and return_when=FIRST_EXCEPTION returns at the first exception · 3 still not done")
        XCTAssertEqual(waited.dropFirst().first, "wait() returned after 862 ms")     // the second wait, ALL_COMPLETED
    }

    /// r16f_callbacks_done_and_raising: a callback added to a Future already done ran at once, in MainThread.
    func testACallbackAddedToADoneFutureSaysItRanAtOnceInTheAddingThread() throws {
        let (timeline, row) = try Self.rows("r16f_callbacks_done_and_raising--fork")
        let runs = timeline.indices(of: .futureCallbackRun).map(row)
        XCTAssertEqual(runs.first, "runs done-callback report of work item 0, at once, inside add_done_callback() and in this thread: work item 0 was already done (its Future was set at 5.132 s, by Thread-1), and a callback added to a done Future runs right away in the thread that adds it")
        // spawn: the lambda was added before work item 2 was done; the manager thread ran it when it set the Future
        let (spawn, spawnRow) = try Self.rows("r16f_callbacks_done_and_raising--spawn")
        XCTAssertEqual(spawn.indices(of: .futureCallbackRun).map(spawnRow).last, "runs done-callback <lambda> of work item 2")
    }

    /// zh: "在 shutdown() 中等待ProcessPoolExecutor#1 停止它的工作进程": a Latin value right after a Chinese character.
    func testChineseSetsALatinValueApartFromTheChineseBeforeIt() {
        XCTAssertEqual(Phrase.waitInCall.text(in: .zh, ["call": "shutdown()", "what": "ProcessPoolExecutor#1 停止它的工作进程"]),
                       "在 shutdown() 中等待 ProcessPoolExecutor#1 停止它的工作进程")
        XCTAssertEqual(Phrase.waitFutures.text(in: .zh, ["n": 3]), "3 个 Future")
        XCTAssertEqual(Phrase.waitInCall.text(in: .zh, ["call": "join()", "what": "线程 t 结束"]), "在 join() 中等待线程 t 结束")
        XCTAssertEqual(Phrase.waitInCall.text(in: .zh, ["call": "get()", "what": "（x）"]), "在 get() 中等待（x）")
        XCTAssertEqual(Phrase.waitInCall.text(in: .en, ["call": "get()", "what": "x"]), "waits in get() for x")
    }
}

extension Gaps17ATests {
    /// r16_pipes_in_order_crashed_child: "poll Pipe#2 end A: nothing after 1.003 s" did not say that MainProcess's own copy
    /// of end B kept EOF away, nor (fork) that every other holder of end B had ended without sending.
    func testAPollThatFoundNothingSaysItsOwnCopyOfTheOtherEndKeptEOFAway() throws {
        let timeline = try Gaps16BTests.corpus("r16_pipes_in_order_crashed_child--fork")
        let notes = Gaps16BTests.notes(timeline).filter { $0.kind == .pipeEOFHidden }
        XCTAssertEqual(notes.count, 1)
        let note = try XCTUnwrap(notes.first)
        XCTAssertEqual(timeline.events[note.eventIndex].object, "Pipe#2")
        XCTAssertTrue(note.text.hasPrefix("MainProcess still held its own copy of Pipe#2 end B (it made the Pipe, and no close() of it was recorded), so this poll() could not see an end of file"), note.text)
        XCTAssertTrue(note.text.contains(" child-0, child-1, child-2, forked after the Pipe was made, held copies of end B too, and every one had ended by then without sending on it"), note.text)
        XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)))
        // spawn: the end reached child-1 by pickling, not by a fork (gaps 18B names it as an unpickled copy)
        let spawn = try Gaps16BTests.corpus("r16_pipes_in_order_crashed_child--spawn")
        let spawnNote = try XCTUnwrap(Gaps16BTests.notes(spawn).first { $0.kind == .pipeEOFHidden })
        XCTAssertTrue(spawnNote.text.hasPrefix("MainProcess still held its own copy of Pipe#2 end B"), spawnNote.text)
        XCTAssertFalse(spawnNote.text.contains("forked after"), spawnNote.text)
        // the second half closes the copies and uses recv(): no poll, no note
        XCTAssertFalse(notes.contains { timeline.events[$0.eventIndex].t > timeline.events[note.eventIndex].t })
    }

    /// r16f_shareable_list_executor: "as_completed() returned after 23 ms" once, for a loop that yielded four times: the
    /// record has a wait where as_completed() blocked, not the loop's end.
    func testAnAsCompletedWaitEndIsNotSaidAsTheLoopReturning() throws {
        let (timeline, row) = try Self.rows("r16f_shareable_list_executor--spawn")
        let ends = timeline.indices(of: .executorWaited).filter { timeline.events[$0].string(EventField.call) == "as_completed()" }.map(row)
        XCTAssertEqual(ends.count, 2)
        XCTAssertEqual(ends.first, "as_completed() stops waiting after 1.328 s: work item 0 done meanwhile (as_completed() yields each done item in turn, and waits again only when it has none left to yield) · 3 still not done")
        XCTAssertFalse(ends.contains { $0.contains("as_completed() returned") }, "\(ends)")
    }

    /// r16f_thread_pool_starts_processes: child-1 wrote `raise SystemExit(msg)`; the note said "sys.exit() was called".
    func testASystemExitWithAMessageDoesNotNameSysExitAsTheCall() throws {
        let timeline = try Gaps16BTests.corpus("r16f_thread_pool_starts_processes--spawn")
        let texts = Gaps16BTests.notes(timeline).map(\.text)
        let exit = try XCTUnwrap(texts.first { $0.contains("child-1 exited with code 1") }, "\(texts)")
        XCTAssertTrue(exit.contains("run() ended by a SystemExit with a message (what sys.exit(message) raises, or raise SystemExit(message): the record does not tell which the program wrote)"), exit)
        XCTAssertFalse(exit.contains("sys.exit() was called"), exit)
    }
}

extension Gaps17ATests {
    /// pipe_poll_eof was recorded before the tracer recorded close(): its parent closed its copy of end B, and no note
    /// may say it held it.
    func testAPollInARecordWithoutClosesIsNotSaidBlindToEOF() throws {
        for name in ["pipe_poll_eof--fork", "r6b_pipe_misuse_big--fork"] {
            let timeline = try Gaps16BTests.corpus(name)
            XCTAssertFalse(Gaps16BTests.notes(timeline).contains { $0.kind == .pipeEOFHidden }, name)
        }
    }
}
