import XCTest
@testable import TutorCore
@testable import TutorTerminal

/// The rows' list of a long run: rows hold numbers only (their words are made for the rows shown), and the
/// left-out middle counts exactly the rows, events and notes it hides.
final class TimelineRowListTests: XCTestCase {
    private func row(_ index: Int, lane: Int, count: Int = 1, notes: Range<Int> = 1..<1) -> TimelineRow {
        TimelineRow(eventIndex: index, lastEventIndex: index + count - 1, t: Int64(index) * 1000, lane: lane,
                    kindName: EventName(index % 3 == 0 ? "queue.put" : "queue.get"), count: count, noteNumbers: notes)
    }

    /// A row placed or left out is copied without a reference count: no string, optional string or array in it
    /// (such a row cost 350 instructions a row through its value witnesses, most of a long run's rows left out).
    func testARowHoldsNoReference() {
        XCTAssertTrue(_isPOD(TimelineRow.self))
    }

    /// 1,000 rows (two events each, every tenth with two notes) kept to 10: the first 6 and the last 4 are the
    /// rows themselves; the middle counts 990 rows, 1,980 events, the notes of its rows and each kind's events.
    func testTheLeftOutMiddleCountsWhatItHides() {
        var list = TimelineRowList(maxRows: 10)
        var note = 1
        var expectedNotes = 0, expectedPuts = 0
        for i in 0..<1000 {
            let index = i * 2
            let notes = i % 10 == 0 ? note..<note + 2 : note..<note
            note = notes.upperBound
            // Rows 0–5 are the head; 996–998 the tail and 999 the open row: 6..<996 are left out.
            if (6..<996).contains(i) {
                expectedNotes += notes.count
                if index % 3 == 0 { expectedPuts += 2 }
            }
            list.append(row(index, lane: i % 4, count: 2, notes: notes))
        }
        let (rows, leftOut, at) = list.finished()
        XCTAssertEqual(rows.map(\.eventIndex), [0, 2, 4, 6, 8, 10, 1992, 1994, 1996, 1998])
        XCTAssertEqual(at, 6)
        XCTAssertEqual(leftOut?.rows, 990)
        XCTAssertEqual(leftOut?.events, 1980)
        XCTAssertEqual(leftOut?.notes, expectedNotes)
        XCTAssertEqual(leftOut?.eventsByKind["queue.put"], expectedPuts)
        XCTAssertEqual(leftOut?.eventsByKind["queue.get"], 1980 - expectedPuts)
        XCTAssertEqual(leftOut?.firstT, 12_000)
        XCTAssertEqual(leftOut?.lastEventIndex, 1991)
        XCTAssertGreaterThan(expectedNotes, 0)
        XCTAssertEqual(rows[0].noteNumbers, 1..<3)
    }
}
