import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 17A: a test made on a stale read of a synchronized Value (r16_bank_overdraft_check_then_act).
final class Gaps17ANoteTests: XCTestCase {
    enum Twist { case none, printBetween, noOtherWrite, writeAfterSecondRead }

    /// atm-2 reads 40 (its check), atm-1 reads 40 and writes 10, atm-2 reads 10 and writes -20; each access under the
    /// Value's own lock `lock`, as `Synchronized.value` takes it.
    private func bank(lock: String = "RLock#1", _ twist: Twist = .none) -> (Timeline, write: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .sharedCreate, object: "Value#1",
              [("type", .string("Value")), ("ctype", .string("c_int")), ("value", .string("100")), ("lock_label", .string(lock))])
        for (pid, name) in [(21 as Int32, "atm-1"), (22, "atm-2")] {
            s.add(2, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        @discardableResult
        func access(_ ms: Double, _ pid: Int32, _ name: String, _ kind: EventKind, _ value: String) -> Int {
            s.add(ms, pid: pid, process: name, .lockAcquire, object: lock, [("waited_ns", .int(0))])
            let i = s.add(ms, pid: pid, process: name, kind, object: "Value#1", [("attr", .string("value")), ("value", .string(value))])
            s.add(ms, pid: pid, process: name, .lockRelease, object: lock)
            return i
        }
        access(100, 22, "atm-2", .sharedRead, "40")
        if twist == .printBetween { s.add(101, pid: 22, process: "atm-2", .print, [("stream", .string("stdout")), ("text", .string("checked"))]) }
        if twist != .noOtherWrite {
            access(110, 21, "atm-1", .sharedRead, "40")
            access(111, 21, "atm-1", .sharedWrite, "10")
        }
        access(120, 22, "atm-2", .sharedRead, twist == .noOtherWrite ? "40" : "10")
        if twist == .writeAfterSecondRead { access(121, 21, "atm-1", .sharedWrite, "5") }
        let write = access(122, 22, "atm-2", .sharedWrite, twist == .noOtherWrite ? "10" : "-20")
        return (s.timeline(), write)
    }

    func testATestOnAReadOthersChangedBeforeTheWriteIsACheckThenActRace() throws {
        let (timeline, write) = bank()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .staleCheck })
        XCTAssertEqual(note.eventIndex, write)
        XCTAssertTrue(note.text.hasPrefix("atm-2 read Value#1.value twice before it wrote it: 40 at 0.100 s, then 10 at 0.120 s; in between, atm-1 wrote 10 at 0.111 s. Then atm-2 wrote -20 (0.122 s). If the program tested the first read before writing"), note.text)
        XCTAssertTrue(note.text.contains("a check-then-act race. Hold RLock#1 once around the test and the write (`with x.get_lock():`"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// A Value made with a plain Lock: `with x.get_lock():` around a read of x would wait on itself; not advised.
    func testAValueWithANonReentrantLockIsNotToldToUseGetLockAroundItsAccesses() throws {
        let (timeline, _) = bank(lock: "Lock#2")
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.kind == .staleCheck })
        XCTAssertTrue(note.text.contains("Not `with x.get_lock():` here: Lock#2, the lock it was made with, is not re-entrant"), note.text)
        XCTAssertFalse(note.text.contains("it is an RLock"), note.text)
    }

    func testReadsThatDoNotShowAStaleTestGetNoNote() {
        func noted(_ t: (Timeline, write: Int)) -> Bool { Annotator(timeline: t.0).notes().contains { $0.kind == .staleCheck } }
        XCTAssertFalse(noted(bank(.printBetween)))            // atm-2 did something else between its reads: not one test
        XCTAssertFalse(noted(bank(.noOtherWrite)))            // nobody wrote between its reads: the test saw the value
        XCTAssertFalse(noted(bank(.writeAfterSecondRead)))    // a write after its second read: a lost update, not this
        // the premise asks the accesses again: another list of the others' writes does not hold
        let (timeline, write) = bank()
        let race = try? XCTUnwrap(StaleCheck.all(in: timeline.events).first)
        XCTAssertEqual(race?.write, write)
        if let race {
            XCTAssertTrue(NotePremise.staleCheck(race, count: 1).holds(in: StateReplayer(timeline: timeline)))
            XCTAssertFalse(NotePremise.staleCheck(StaleCheck(check: race.check, others: [], read: race.read, write: race.write), count: 1)
                .holds(in: StateReplayer(timeline: timeline)))
            XCTAssertFalse(NotePremise.staleCheck(race, count: 2).holds(in: StateReplayer(timeline: timeline)))
        }
    }
}
