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
                } else if note.text.contains(".value; ") {
                    values += 1
                    XCTAssertTrue(note.text.contains("(as in `v.value += 1`)") && note.text.contains("(`with v.get_lock():`)"), note.text)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(arrays, 1, "the spawn recording's note is on Array#2[0]")
        XCTAssertGreaterThanOrEqual(values, 1)
    }
}
