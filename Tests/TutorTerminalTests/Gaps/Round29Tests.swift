import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 29 (issue 11): shared state and synchronisation as scripts really use them; each finding on the committed
/// recording of the round's program.
final class Round29Tests: XCTestCase {
    /// r29_heat_barrier_swap: `if barrier.wait() == 0:` picks the worker that flips the buffers and prints the phase.
    /// The rows said "passes Barrier#1" and "arrives last at Barrier#1: releases everyone", not what wait() returned,
    /// so nothing on screen said why worker 1 (SpawnProcess-2) printed phase 0 under spawn. The record has the index.
    func testABarrierPassSaysWhatWaitReturned() throws {
        let spawn = try Round22MTests.timeline("r29_heat_barrier_swap--spawn")
        let wakes = spawn.indices(of: .barrierWake)
        let rows = Round22MTests.rows(spawn, .barrierWake)
        XCTAssertEqual(rows.count, 24)
        // phase 0: SpawnProcess-3 came last (2), SpawnProcess-2 first (0): it is the one that printed "phase 0: worker 1"
        XCTAssertEqual(Array(rows.prefix(3)), ["arrives last at Barrier#1: releases everyone · wait() returned 2",
                                               "passes Barrier#1 after 441 ms · wait() returned 0",
                                               "passes Barrier#1 after 229 ms · wait() returned 1"])
        XCTAssertEqual(spawn.events[wakes[1]].process, "SpawnProcess-2")
        // every row carries the index the tracer recorded: 0, 1 and 2 once a round, 8 rounds
        for (i, row) in rows.enumerated() {
            XCTAssertTrue(row.hasSuffix(" · wait() returned \(spawn.events[wakes[i]].int(EventField.index) ?? -1)"), row)
        }
        XCTAssertEqual(rows.filter { $0.hasSuffix("returned 0") }.count, 8)
        let zh = Round22MTests.rows(spawn, .barrierWake, lang: .zh)
        XCTAssertEqual(zh.first, "最后一个到达 Barrier#1：放行所有人，wait() 返回 2")
    }

    /// r29_ring_buffer_condition: every wait is a `cond.wait_for(predicate)` with no timeout, which the tracer did not
    /// record; the producer's early notify_all()s (forkserver: before any consumer came) and a consumer's last one on its
    /// way out (fork: no wait() after it at all) got "the notification is lost … Check the shared state in a loop before
    /// waiting (… cond.wait_for(predicate))", advice the program already follows. Now the wait_for()s are in the record
    /// (re-recorded), the round-18 text says no later waiter depended on it, and a notify with no wait after it gets none.
    func testALostNotifyOnAWaitForProgramIsNotCalledLost() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r29_ring_buffer_condition--\(method)")
            XCTAssertEqual(timeline.indices(of: .conditionWaitFor).count, 24, method)      // 12 puts and 12 gets
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .notifyLost }
            XCTAssertFalse(notes.contains { $0.text.contains("the notification is lost") }, "\(method): \(notes)")
            for note in notes {
                XCTAssertTrue(note.text.contains("no later waiter here depended on it: every later wait on Condition#1 was inside wait_for()"), note.text)
                let later = timeline.indices(of: .conditionWait).filter { $0 > note.eventIndex }
                XCTAssertFalse(later.isEmpty, method)
            }
        }
    }

    /// The rule's edge: the same lost notify with a wait() after it still gets the note (g11b's case), without one none.
    func testALostNotifyWithALaterWaitStillGetsTheNote() {
        func notes(laterWait: Bool) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1")
            s.add(2, pid: 100, process: "MainProcess", .conditionNotify, object: "Condition#1", [("waiting", .int(0)), ("all", .bool(true))])
            if laterWait { s.add(3, pid: 201, process: "Process-1", .conditionWait, object: "Condition#1") }
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .notifyLost }
        }
        XCTAssertEqual(notes(laterWait: true).count, 1)
        XCTAssertTrue(notes(laterWait: true).first?.text.hasPrefix("notify_all() on Condition#1 found nobody waiting: the notification is lost.") == true,
                      "\(notes(laterWait: true))")
        XCTAssertEqual(notes(laterWait: false).count, 0)
    }

    /// r29_event_shutdown_slow (fork): worker 2 (ForkProcess-3) spends 0.6 s on a job between its polls of the stop
    /// Event; the parent set it at 4.404 s and the worker's poll found it at 4.820 s. The row said "polled Event#1 with
    /// is_set() 1 time over 620 ms: False each time, until this poll found it set (True)", read as a stop just set;
    /// nothing said the set() had come 416 ms before. The row now says when and by whom.
    func testThePollThatFoundAnEventSetSaysWhenItWasSet() throws {
        let fork = try Round22MTests.timeline("r29_event_shutdown_slow--fork")
        let rows = Round22MTests.rows(fork, .eventPolled)
        XCTAssertEqual(rows.count, 3, "\(rows)")
        XCTAssertEqual(rows.last, "polled Event#1 with is_set() 1 time over 620 ms: False each time, until this poll found it set (True) "
            + "· MainProcess had called set() at 4.404 s, 416 ms before this poll")
        XCTAssertTrue(rows.allSatisfy { $0.contains(" · MainProcess had called set() at 4.404 s, ") }, "\(rows)")
        let zh = Round22MTests.rows(fork, .eventPolled, lang: .zh)
        XCTAssertTrue(zh.last?.hasSuffix("；MainProcess 早在 4.404 s 就调用了 set()，比这次轮询早 416 ms") == true, "\(zh)")
    }
}
