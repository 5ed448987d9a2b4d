import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Notes that were false on round 5B's unseen programs (docs/truth-review.md, "Round 5B").
final class LockWaitNoteTests: XCTestCase {
    /// r5b_condition_notify_n: a Semaphore(0) counts children that are ready; the parent takes a unit after each
    /// child's release(). The note said "MainProcess waited 2 ms for Semaphore#1, held by MainProcess.": the waiter
    /// itself (it had taken the units released before), while what ended the wait was another process's release().
    func testALockWaitNeverNamesTheWaiterAsTheHolder() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "lock.create", object: "Semaphore#1", [("type", .string("Semaphore")), ("value", .int(0))])
        s.add(1, pid: 201, process: "Process-1", "lock.release", object: "Semaphore#1")
        s.add(2, pid: 100, process: "MainProcess", "lock.acquire", object: "Semaphore#1", [("waited_ns", .int(0))])
        let wait = s.add(3, pid: 100, process: "MainProcess", "lock.wait", object: "Semaphore#1")
        s.add(5, pid: 202, process: "Process-2", "lock.release", object: "Semaphore#1")
        let acquire = s.add(5.2, pid: 100, process: "MainProcess", "lock.acquire", object: "Semaphore#1", [("waited_ns", .int(2_200_000))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == acquire })
        XCTAssertFalse(note.text.contains("held by MainProcess"), note.text)
        XCTAssertEqual(note.text, "MainProcess waited 2 ms for Semaphore#1.")
        // and the premise that would name the waiter itself does not hold: the checker catches such a note
        let premise = NotePremise.lockHolders(lock: "Semaphore#1", holders: ["MainProcess"], fromStep: wait, toStep: acquire)
        XCTAssertFalse(premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// r5b_run_raises_exit_message: Process-4 acquired Lock#1 and ended; the parent's acquire(timeout=0.3) gave up with
    /// no note, while the state shows why: the holder had ended, and a multiprocessing lock is not released then.
    func testATimedAcquireThatGaveUpOnALockHeldByAnEndedProcessSaysSo() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "lock.create", object: "Lock#1", [("type", .string("Lock")), ("value", .int(1))])
        s.add(1, pid: 204, process: "Process-4", "process.start", [("name", .string("Process-4")), ("role", .string("child"))])
        s.add(2, pid: 204, process: "Process-4", "lock.acquire", object: "Lock#1", [("waited_ns", .int(0))])
        s.add(3, pid: 204, process: "Process-4", "process.exit", [("exitcode", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", "lock.wait", object: "Lock#1")
        let gaveUp = s.add(304, pid: 100, process: "MainProcess", "lock.timeout", object: "Lock#1",
                           [("waited_ns", .int(300_000_000)), ("timeout", .double(0.3))])
        // the same timeout while the holder is alive: no such note
        s.add(305, pid: 205, process: "Process-5", "process.start", [("name", .string("Process-5")), ("role", .string("child"))])
        s.add(306, pid: 205, process: "Process-5", "lock.acquire", object: "Lock#2", [("waited_ns", .int(0))])
        s.add(307, pid: 100, process: "MainProcess", "lock.wait", object: "Lock#2")
        s.add(607, pid: 100, process: "MainProcess", "lock.timeout", object: "Lock#2", [("waited_ns", .int(300_000_000)), ("timeout", .double(0.3))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .lockHeldByEnded }
        XCTAssertEqual(notes.map(\.eventIndex), [gaveUp])
        XCTAssertEqual(notes.first?.text, "MainProcess gave up on Lock#1: it was still held by Process-4, which had ended without releasing it "
            + "(a multiprocessing lock is not released when the process holding it ends).")
        XCTAssertTrue(try XCTUnwrap(notes.first?.premise).holds(in: StateReplayer(timeline: timeline)))
    }

    /// r5b_barrier_semaphore_spawn: "Process-3 waited 50 ms for BoundedSemaphore#1, held in that time by Process-1, then
    /// Process-2": a BoundedSemaphore(2), whose two units both held at once; "then" said one after the other.
    func testASemaphoreWaitNamesItsUnitHoldersWithoutAnOrder() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "lock.create", object: "BoundedSemaphore#1", [("type", .string("BoundedSemaphore")), ("value", .int(2))])
        s.add(1, pid: 201, process: "Process-1", "lock.acquire", object: "BoundedSemaphore#1", [("waited_ns", .int(0))])
        s.add(2, pid: 202, process: "Process-2", "lock.acquire", object: "BoundedSemaphore#1", [("waited_ns", .int(0))])
        s.add(3, pid: 203, process: "Process-3", "lock.wait", object: "BoundedSemaphore#1")
        s.add(53, pid: 201, process: "Process-1", "lock.release", object: "BoundedSemaphore#1")
        let acquire = s.add(53.1, pid: 203, process: "Process-3", "lock.acquire", object: "BoundedSemaphore#1", [("waited_ns", .int(50_100_000))])
        let note = try XCTUnwrap(Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == acquire })
        XCTAssertEqual(note.text, "Process-3 waited 50 ms for BoundedSemaphore#1, whose units were held in that time by Process-1 and Process-2.")
        XCTAssertEqual(note.kind, .lockWaitHolders)
    }
}
