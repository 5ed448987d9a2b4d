import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r10a_semaphore_exception_leak (semaphore-ktv changed: acquire() and release() by hand, and a visitor that raises
/// while singing): both units of Semaphore(2) were taken by children that ended without release(); three later
/// visitors' acquire(timeout=1) gave up with no note, while the state showed why.
final class SemaphoreUnitsEndedNoteTests: XCTestCase {
    private func script(units: Int, releasedByLiving: Bool) -> (Timeline, gaveUp: Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "lock.create", object: "Semaphore#1", [("type", .string("Semaphore")), ("value", .int(Int64(units)))])
        for (n, pid) in [(1, Int32(201)), (2, Int32(202))] {
            s.add(Double(n), pid: pid, process: "Process-\(n)", "process.start", [("name", .string("Process-\(n)")), ("role", .string("child"))])
            s.add(Double(n) + 0.5, pid: pid, process: "Process-\(n)", "lock.acquire", object: "Semaphore#1", [("waited_ns", .int(0))])
        }
        s.add(200, pid: 201, process: "Process-1", "process.exit", [("exitcode", .int(1))])
        s.add(201, pid: 202, process: "Process-2", "process.exit", [("exitcode", .int(1))])
        if releasedByLiving {       // a living process released one unit: a unit is free again (not all held by the ended)
            s.add(202, pid: 100, process: "MainProcess", "lock.release", object: "Semaphore#1")
        }
        s.add(210, pid: 203, process: "Process-3", "process.start", [("name", .string("Process-3")), ("role", .string("child"))])
        s.add(211, pid: 203, process: "Process-3", "lock.wait", object: "Semaphore#1")
        let gaveUp = s.add(1211, pid: 203, process: "Process-3", "lock.timeout", object: "Semaphore#1",
                           [("waited_ns", .int(1_000_000_000)), ("timeout", .double(1))])
        return (s.timeline(), gaveUp)
    }

    func testATimedAcquireThatGaveUpWhileEveryUnitWasTakenByEndedProcessesSaysSo() throws {
        let (timeline, gaveUp) = script(units: 2, releasedByLiving: false)
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .lockHeldByEnded }
        XCTAssertEqual(notes.map(\.eventIndex), [gaveUp])
        XCTAssertEqual(notes.first?.text, "Process-3 gave up on Semaphore#1: every unit of it was taken by Process-1 and Process-2, which ended without "
            + "release(). A semaphore's unit is not given back when the process that took it ends; only a release() from some process can.")
        XCTAssertTrue(try XCTUnwrap(notes.first?.premise).holds(in: StateReplayer(timeline: timeline)))
    }

    func testNoSuchNoteWhenAUnitWasLeftOrTheSemaphoreHasMoreUnits() {
        for (units, released) in [(3, false), (2, true)] {
            let (timeline, _) = script(units: units, releasedByLiving: released)
            XCTAssertTrue(Annotator(timeline: timeline).notes().filter { $0.kind == .lockHeldByEnded }.isEmpty, "units \(units), released \(released)")
        }
    }
}
