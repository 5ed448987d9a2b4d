import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 4, shared memory: the figures of a place's writes, and whether a write through a view was made under the
/// object's lock, asked of the state model.
final class SharedMemoryNotesTests: XCTestCase {
    private func access(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ kind: String, _ value: String,
                        object: String = "Value#1", attr: String = "value", view: Bool = false) {
        var fields: [(String, JSONValue)] = [("attr", .string(attr)), ("value", .string(value))]
        if view { fields.append(("view", .bool(true))) }
        s.add(ms, pid: pid, process: "adder-\(pid - 200)", "shared.\(kind)", object: object, fields)
    }

    /// A counter `v.value += 1` from three processes: the last value builds on exactly `final - 0` writes, so the
    /// lost figure equals increments minus the final value, whatever the interleaving.
    func testTheLostFigureIsIncrementsMinusTheFinalValueOfACounter() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var s = EventScript(), value = 0, ms = 1.0
            var pending: [Int32: Int] = [:]       // pid → the value it read, until it writes
            var left: [Int32: Int] = [201: 20, 202: 20, 203: 20]
            while let pid = left.filter({ $0.value > 0 }).keys.randomElement(using: &generator) {
                if let read = pending.removeValue(forKey: pid) {
                    value = read + 1
                    access(&s, ms, pid, "write", "\(value)")
                    left[pid]! -= 1
                } else {
                    pending[pid] = value
                    access(&s, ms, pid, "read", "\(value)")
                }
                ms += 1
            }
            let figures = SharedWriteFigures.of(slot: "Value#1 value", in: s.events)
            XCTAssertEqual(figures.writes, 60)
            XCTAssertEqual(figures.last, "\(value)")
            XCTAssertEqual(figures.kept, value)
            XCTAssertEqual(figures.lost, 60 - value)
            let timeline = s.timeline()
            let notes = Annotator(timeline: timeline).notes()
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
            if value < 60, let note = notes.first(where: { $0.kind == .lostUpdate }) {
                XCTAssertTrue(note.text.contains("builds on \(value) of the 60 writes: \(60 - value) lost update"), note.text)
            }
        }
    }

    func testAWriteThatReadNothingFirstLeavesTheLostFigureOut() {
        var s = EventScript()
        access(&s, 1, 201, "read", "0")
        access(&s, 2, 202, "read", "0")
        access(&s, 3, 201, "write", "1")
        access(&s, 4, 202, "write", "1")
        access(&s, 5, 203, "write", "9")           // a plain assignment: nothing read first
        let figures = SharedWriteFigures.of(slot: "Value#1 value", in: s.events)
        XCTAssertEqual(figures.writes, 3)
        XCTAssertEqual(figures.overwrites, 1)
        XCTAssertNil(figures.kept)
        let text = Annotator(timeline: s.timeline()).notes().first?.text ?? ""
        XCTAssertTrue(text.contains("In all, 1 of the 3 writes"), text)
        XCTAssertFalse(text.contains("builds on"), text)
    }

    func testViewAccessesMakeNoLostUpdateNote() {
        var s = EventScript()
        access(&s, 1, 201, "read", "0", object: "Array#1", attr: "[0].x", view: true)
        access(&s, 2, 202, "read", "0", object: "Array#1", attr: "[0].x", view: true)
        access(&s, 3, 201, "write", "1", object: "Array#1", attr: "[0].x", view: true)
        access(&s, 4, 202, "write", "1", object: "Array#1", attr: "[0].x", view: true)
        XCTAssertEqual(Annotator(timeline: s.timeline()).notes().filter { $0.kind == .lostUpdate }, [])
    }

    /// Process-1 writes an element under the Array's lock, Process-2 without it (holding another lock): one note each,
    /// worded from the state; a note whose premise names the wrong answer is caught by the checker.
    func testAViewWriteSaysWhetherItsWriterHeldTheObjectsLock() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock"))])
        s.add(0.5, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2", [("type", .string("Lock"))])
        s.add(1, pid: 100, process: "MainProcess", .sharedCreate, object: "Array#1",
              [("type", .string("Array")), ("ctype", .string("Cell")), ("length", .int(2)), ("value", .string("[<Cell>, <Cell>]")),
               ("lock", .string("h1")), ("lock_label", .string("RLock#1"))])
        s.add(2, pid: 201, process: "Process-1", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0))])
        let held = s.add(3, pid: 201, process: "Process-1", .sharedWrite, object: "Array#1",
                         [("attr", .string("[0].pos.x")), ("value", .string("1.5")), ("view", .bool(true))])
        s.add(3.5, pid: 201, process: "Process-1", .sharedWrite, object: "Array#1",
              [("attr", .string("[1].x")), ("value", .string("2")), ("view", .bool(true))])       // the same answer: no second note
        s.add(4, pid: 201, process: "Process-1", .lockRelease, object: "RLock#1")
        s.add(5, pid: 202, process: "Process-2", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        let unheld = s.add(6, pid: 202, process: "Process-2", .sharedWrite, object: "Array#1",
                           [("attr", .string("[1].y")), ("value", .string("7")), ("view", .bool(true))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .viewWriteLock }
        XCTAssertEqual(notes.map(\.eventIndex), [held, unheld])
        XCTAssertTrue(notes[0].text.hasPrefix("Process-1 wrote Array#1[0].pos.x through a view into the shared memory (an element or a "
            + "nested Structure), holding RLock#1, the lock of Array#1"), notes[0].text)
        XCTAssertTrue(notes[1].text.hasPrefix("Process-2 wrote Array#1[1].y through a view into the shared memory (an element or a nested "
            + "Structure) without holding RLock#1, the lock of Array#1"), notes[1].text)
        XCTAssertTrue(notes[1].text.hasSuffix(" At that step it held Lock#2."), notes[1].text)
        XCTAssertEqual(notes[1].premise, .viewWriteLocks(step: unheld, lock: "RLock#1", held: false, others: ["Lock#2"]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
        var wrong = notes[0]
        wrong.premise = .viewWriteLocks(step: held, lock: "RLock#1", held: false, others: [])
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [wrong], recorded: s.events).violations().map(\.invariant), ["note-premise"])
        let chinese = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .viewWriteLock } }
        XCTAssertTrue(chinese[0].text.contains("当时持有 RLock#1"), chinese[0].text)
        XCTAssertTrue(chinese[1].text.contains("当时没有持有 RLock#1"), chinese[1].text)
    }

    /// No lock named, or a lock whose creation is not in the record: the state cannot tell, so nothing is said.
    func testNothingIsSaidWhenTheStateCannotTell() {
        for created in [false, true] {
            var s = EventScript()
            if created { s.add(0, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock"))]) }
            s.add(1, pid: 100, process: "MainProcess", .sharedCreate, object: "Array#1",
                  [("type", .string("Array")), ("ctype", .string("Cell")), ("length", .int(2)), ("value", .string("[]")),
                   ("lock", created ? .string("h1") : .bool(true))] + (created ? [("lock_label", JSONValue.string("RLock#1"))] : []))
            s.add(6, pid: 202, process: "Process-2", .sharedWrite, object: "Array#1",
                  [("attr", .string("[1].y")), ("value", .string("7")), ("view", .bool(true))])
            // a note only when the lock is named and its creation is in the record
            XCTAssertEqual(Annotator(timeline: s.timeline()).notes().filter { $0.kind == .viewWriteLock }.count, created ? 1 : 0)
        }
        var s = EventScript()     // a label, but the lock's creation is not in the record
        s.add(1, pid: 100, process: "MainProcess", .sharedCreate, object: "Array#1",
              [("type", .string("Array")), ("ctype", .string("Cell")), ("length", .int(2)), ("value", .string("[]")),
               ("lock", .string("h1")), ("lock_label", .string("RLock#1"))])
        s.add(6, pid: 202, process: "Process-2", .sharedWrite, object: "Array#1",
              [("attr", .string("[1].y")), ("value", .string("7")), ("view", .bool(true))])
        XCTAssertEqual(Annotator(timeline: s.timeline()).notes().filter { $0.kind == .viewWriteLock }, [])
    }
}
