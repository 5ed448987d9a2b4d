import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 26 (issue 11): real-world scripts (logging, progress lines, barriers, signals, JoinableQueue), each finding on
/// the committed recording of the round's program.
final class Round26Tests: XCTestCase {
    static let methods = ["fork", "spawn", "forkserver"]

    /// r26_hash_tempdir_progress (spawn): the summary said "2 workers ran no chunk: SpawnPoolWorker-1, pid 21832", read
    /// as SpawnPoolWorker-1's pid; pid 21832 was SpawnPoolWorker-2, terminated before its tracer started, which the
    /// parent's start() row names. Every idle worker a start() row named is now listed by that name.
    func testAnIdleWorkerThatRecordedNothingIsNamedAsItsStartRowNamedIt() throws {
        var silentIdle = 0
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r26_hash_tempdir_progress--\(method)")
            let named = Dictionary(timeline.indices(of: .processSpawn).compactMap { i -> (Int32, String)? in
                guard let child = timeline.events[i].int(EventField.childPid), let name = timeline.events[i].name else { return nil }
                return (Int32(child), name)
            }, uniquingKeysWith: { a, _ in a })
            let idle = try XCTUnwrap(PoolFigures.all(timeline).first).idleWorkers
            for entry in idle { XCTAssertFalse(entry.hasPrefix("pid "), "\(method): \(idle)") }
            let silent = named.filter { timeline.process(pid: $0.key) == nil }.map(\.value)
            for name in silent where name.contains("PoolWorker") {
                XCTAssertTrue(idle.contains(name), "\(method): \(name) not in \(idle)")
                silentIdle += 1
            }
        }
        XCTAssertGreaterThanOrEqual(silentIdle, 1, "the spawn recording's SpawnPoolWorker-2 recorded nothing")
        let spawn = try Round22MTests.timeline("r26_hash_tempdir_progress--spawn")
        XCTAssertEqual(PoolFigures.all(spawn).first?.idleWorkers, ["SpawnPoolWorker-1", "SpawnPoolWorker-2"])
    }

    /// r26_value_array_lock_vs_not (spawn): the lost-update note on Array#2[0] gave `v.value += 1` and
    /// `with v.get_lock():` as the read-modify-write and its cure; the program wrote `per_slot[slot] += 1` on an Array.
    /// A note on an Array item now says `a[0] += 1` and `with a.get_lock():`; a Value's note keeps its words.
    func testALostUpdateNoteOnAnArrayItemGivesTheItemsForm() throws {
        var arrays = 0, values = 0
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r26_value_array_lock_vs_not--\(method)")
            let notes = Gaps24BTests.lostUpdateNotes(timeline)
            let zh = Language.with(.zh) { Gaps24BTests.lostUpdateNotes(timeline) }
            XCTAssertEqual(notes.count, zh.count, method)
            for (note, zhNote) in zip(notes, zh) {
                if note.text.contains(" from Array#") {
                    arrays += 1
                    XCTAssertFalse(note.text.contains("v.value") || note.text.contains("v.get_lock"), note.text)
                    XCTAssertTrue(note.text.contains("(as in `a[0] += 1`)") || note.text.contains("(as in `a[1] += 1`)"), note.text)
                    XCTAssertTrue(note.text.contains("(`with a.get_lock():`)"), note.text)
                    XCTAssertFalse(zhNote.text.contains("v.value"), zhNote.text)
                    XCTAssertTrue(zhNote.text.contains("（`with a.get_lock():`）"), zhNote.text)
                    // zh26: the value written is what was computed (zh25's words for the proxy races), not "{b} 的值" / "每次写入"
                    XCTAssertTrue(zhNote.text.contains(" 写入的值是根据它读到的 ") && !zhNote.text.contains("的值是从它读到的"), zhNote.text)
                    if zhNote.text.contains("最后写入的值") {
                        XCTAssertTrue(zhNote.text.contains("如果写入 Array#2[") && zhNote.text.contains(" 的每个值都是根据写入者紧接在前的那次读取算出来的"), zhNote.text)
                    }
                } else if note.text.contains(".value; ") {
                    values += 1
                    XCTAssertTrue(note.text.contains("(as in `v.value += 1`)") && note.text.contains("(`with v.get_lock():`)"), note.text)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(arrays, 1, "the spawn recording's note is on Array#2[0]")
        XCTAssertGreaterThanOrEqual(values, 1)
    }

    /// r26_shutdown_event_pollers: each poller's is_set() polls (all False) ended with a wait(0.05) that woke on the
    /// parent's set(); the row said "though MainProcess called set() … none of these polls saw that change (… they may
    /// all have come before it)", as if a poll might have come after the set() and missed it. A poll after it would
    /// have returned True and been written as a change; no clear() came: every poll came before it, and the row says so.
    func testPollsBeforeASetThatStoodSayTheyAllCameBeforeIt() throws {
        let clause = " (each of them came before that change took effect: a poll after it would have returned True, a change the record would show as a line of its own)"
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r26_shutdown_event_pollers--\(method)")
            let rows = Round22MTests.rows(timeline, .eventPolled).filter { $0.contains("none of these polls saw that change") }
            XCTAssertEqual(rows.count, 2, "\(method): \(rows)")
            for row in rows { XCTAssertTrue(row.hasSuffix(clause), row) }
            let zh = Round22MTests.rows(timeline, .eventPolled, lang: .zh).filter { $0.contains("这些轮询都没有看到这次变化") }
            XCTAssertEqual(zh.count, 2, "\(method): \(zh)")
            for row in zh { XCTAssertFalse(row.contains("可能全都发生在那次变化之前"), row) }
            let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertFalse(summary.contains("they may all have come before it"), summary)
            XCTAssertTrue(summary.contains("no poll saw that change" + clause), summary)
        }
    }
}
