import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 36A (docs/truth-review.md): the leftovers of rounds 35S and 35P and gaps 35A, on committed recordings.
final class Gaps36ATests: XCTestCase {
    /// Round 35P's last item: a timed get() that raised queue.Empty stayed among the queue's blocked getters on the
    /// step panel ("get waiting: MainProcess", and "MainProcess waiting to get from Queue#1"); after the next wait the
    /// name was listed twice. Each timed-out get leaves the list, and the next wait lists it once.
    func testAGetThatTimedOutLeavesTheBlockedGetters() throws {
        var seen = 0
        for name in ["queue_timeouts", "r18e_simplequeue_vs_queue_unpicklable"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = try Gaps16BTests.corpus("\(name)--\(method)")
                let events = timeline.events
                for at in timeline.indices(of: .queueTimeout) where events[at].op == "get" && events[at].object == "Queue#1" {
                    seen += 1
                    let rows = Gaps23Tests.panel(timeline, after: at)
                    let queue = try XCTUnwrap(rows.first { $0.hasPrefix("Queue#1 ") }, "\(name) \(method)")
                    XCTAssertFalse(queue.contains("get waiting"), "\(name) \(method) after step \(at): \(queue)")
                    let main = try XCTUnwrap(rows.first { $0.hasPrefix("MainProcess") }, rows.joined(separator: "\n"))
                    XCTAssertFalse(main.contains("waiting to get"), "\(name) \(method) after step \(at): \(main)")
                    guard let next = events.indices.first(where: { $0 > at && events[$0].is(.queueWait) && events[$0].object == "Queue#1" }) else { continue }
                    let again = try XCTUnwrap(Gaps23Tests.panel(timeline, after: next).first { $0.hasPrefix("Queue#1 ") })
                    XCTAssertTrue(again.hasSuffix("get waiting: MainProcess"), "\(name) \(method) after step \(next): \(again)")
                }
            }
        }
        XCTAssertEqual(seen, 3 + 1 + 2 + 2)    // queue_timeouts: one each; r18e: one under fork (its get took 'queue ok'), two else
    }

    /// r18e_simplequeue_vs_queue_unpicklable: the producer's feeder, at its exit, could not pickle the open file and
    /// stopped, so 'queue ok', behind it, never reached the pipe. With the timed gets no longer blocked, the
    /// leftover-items note must still say nothing: the item was never in the pipe.
    func testAnItemBehindAnExitingFeedersDropIsNotSaidLeftInThePipe() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r18e_simplequeue_vs_queue_unpicklable--\(method)")
            let last = timeline.events.count - 1
            XCTAssertEqual(StateReplayer(timeline: timeline).state(after: last).queues.first { $0.label == "Queue#1" }?.blockedGetters, [], method)
            XCTAssertEqual(StateQueries.queueLeftovers(in: StateReplayer(timeline: timeline)), [], method)
            let notes = Gaps16BTests.notes(timeline)
            XCTAssertFalse(notes.contains { $0.kind == .queueItemsLeft }, "\(method): \(notes.map(\.text))")
        }
    }

    /// Round 35S's first item, r35s_array_torn_snapshot (every method): with per-item locks the watcher's five
    /// `read Array#1[i]` rows had the mover's `wrote` rows between them and the program printed "torn sums seen: some";
    /// no note said that such a sum is not one state of the array. The note comes once, at the last read of the first
    /// such pass, for Array#1 only: the second run's Array#2, read and written under `with arr.get_lock():`, has none.
    ///
    /// Only the fork recording has such a pass (1 of the watcher's 56). Under spawn and forkserver no write came between
    /// the reads of one pass: their torn totals (70 of 79 passes, 49 of 50) were passes made whole between the `-= 1` and
    /// the `+= 1` of one move, which the record cannot tie together; there is no note: the rule speaks only of writes the
    /// record shows between the reads.
    func testAnItemByItemReadWithWritesBetweenIsNotOneStateOfTheArray() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r35s_array_torn_snapshot--\(method)")
            XCTAssertEqual(StateQueries.tornSweeps(in: timeline), [], method)
            XCTAssertFalse(Gaps16BTests.notes(timeline).contains { $0.kind == .tornSweep }, method)
        }
        for method in ["fork"] {
            let timeline = try Gaps16BTests.corpus("r35s_array_torn_snapshot--\(method)")
            let events = timeline.events
            let notes = Gaps16BTests.notes(timeline)
            let torn = notes.filter { $0.kind == .tornSweep }
            XCTAssertEqual(torn.count, 1, "\(method): \(torn.map(\.text))")
            let note = try XCTUnwrap(torn.first, method)
            let sweeps = StateQueries.tornSweeps(in: timeline)
            XCTAssertFalse(sweeps.contains { $0.object != "Array#1" }, method)
            let first = try XCTUnwrap(sweeps.first)
            XCTAssertEqual(note.eventIndex, first.reads.last, method)
            // the record's own rows: reads of distinct items by one process, another process's write between them
            XCTAssertTrue(first.reads.allSatisfy { events[$0].is(.sharedRead) && events[$0].pid == events[first.reads[0]].pid }, method)
            XCTAssertTrue(first.writes.allSatisfy { events[$0].is(.sharedWrite) && events[$0].pid != events[first.reads[0]].pid
                && $0 > first.reads[0] && $0 < first.reads.last! }, method)
            XCTAssertNotNil(note.text.range(of: #"^\w+Process-2 read Array#1 one item at a time \(\[0\] … \[\d\], \d reads from [0-9.]+ s to [0-9.]+ s\), and \w+Process-1 wrote Array#1\[\d\] at [0-9.]+ s, between those reads"#,
                                            options: .regularExpression), "\(method): \(note.text)")
            XCTAssertTrue(note.text.contains("the values read are not one state of the array") && note.text.contains("Each Array#1[i] takes RLock#1 and lets it go on its own")
                          && note.text.hasSuffix("made \(sweeps.count) such pass\(sweeps.count == 1 ? "" : "es") over Array#1 with another process's writes between the reads."), note.text)
            XCTAssertTrue(note.premise?.holds(in: StateReplayer(timeline: timeline)) == true, method)
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [], method)
            let zh = try XCTUnwrap(Language.with(.zh) { Gaps16BTests.notes(timeline) }.first { $0.kind == .tornSweep }, method)
            XCTAssertTrue(zh.text.contains("逐项读取 Array#1") && zh.text.contains("并不是数组某一时刻的状态"), zh.text)
            // a premise naming a write from before the pass does not hold
            let early = try XCTUnwrap(events.indices.first { events[$0].is(.sharedWrite) && events[$0].object == "Array#1" })
            XCTAssertLessThan(early, first.reads[0])
            XCTAssertFalse(NotePremise.tornSweep(object: "Array#1", reads: first.reads, writes: [early]).holds(in: StateReplayer(timeline: timeline)))
        }
    }

    /// Round 35S: the panel's shared rows named no lock; the Lock r35s_stats_one_lock_hang gave its Value and Array
    /// (the one the Value's getter waited for) showed only in the creation rows. Each row now names its lock, and says
    /// when the program passed it; a raw Array (lock=False) names none.
    func testASharedRowNamesItsLock() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r35s_stats_one_lock_hang--\(method)")
            let created = timeline.indices(of: .sharedCreate)
            XCTAssertEqual(created.count, 2, method)
            let rows = Gaps23Tests.panel(timeline, after: created[1])
            XCTAssertTrue(rows.contains("Value#1 (c_int): initially 0\u{00A0}· lock Lock#1, passed by the program (lock=)"), "\(method): \(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("Array#1 (c_double[3]): initially [0.0, 0.0, 0.0]\u{00A0}· lock Lock#1, passed by the program (lock=)") }, "\(method): \(rows)")
            let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: created[1]) }
            XCTAssertTrue(zh.contains { $0.hasPrefix("Value#1（c_int）") && $0.hasSuffix("锁 Lock#1（由程序用 lock= 传入）") }, "\(method): \(zh)")
        }
        let raw = try Gaps16BTests.corpus("r35s_pool_rawarray_initargs--fork")
        let rows = Gaps23Tests.panel(raw, after: raw.indices(of: .sharedCreate)[1])
        let array = try XCTUnwrap(rows.first { $0.hasPrefix("Array#1 ") }, "\(rows)")
        XCTAssertFalse(array.contains("lock"), array)
        XCTAssertTrue(rows.contains { $0.hasPrefix("Value#1 (c_int): initially 0\u{00A0}· lock RLock#1") && !$0.contains("passed by") }, "\(rows)")
    }
}
