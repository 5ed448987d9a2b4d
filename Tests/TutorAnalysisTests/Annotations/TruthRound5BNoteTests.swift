import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Notes that were false on round 5B's unseen programs (docs/truth-review.md, "Round 5B").
final class TruthRound5BNoteTests: XCTestCase {
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
}
