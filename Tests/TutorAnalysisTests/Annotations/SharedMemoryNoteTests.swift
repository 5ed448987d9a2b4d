import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 6 (issue 11's tracer gaps, docs/truth-review.md): a shared_memory segment never unlinked, and lost updates to
/// a ShareableList's item, which no lock orders.
final class SharedMemoryNoteTests: XCTestCase {
    private func item(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ kind: EventKind, _ value: Int) {
        s.add(ms, pid: pid, ppid: 10, process: pid == 10 ? "MainProcess" : "Process-\(pid - 10)", kind, object: "ShareableList#1",
              [("attr", .string("[0]")), ("value", .string(String(value))), ("list", .bool(true))])
    }

    /// g6t_shared_memory_leak: two children `sl[0] = sl[0] + 1` with no lock, the parent reads after joining both.
    private func listScript(finalValue: Int, unlinkBlock: Bool = false, warning: Bool = true) -> EventScript {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .shmCreate, object: "SharedMemory#1",
              [("type", .string("SharedMemory")), ("name", .string("psm_b1")), ("size", .int(8))])
        s.add(2, pid: 10, process: "MainProcess", .shmCreate, object: "ShareableList#1",
              [("type", .string("ShareableList")), ("name", .string("psm_l1")), ("size", .int(66)), ("value", .string("[0, 'idle']"))])
        for (i, (pid, read)) in [(11, 0), (12, 0), (11, 1), (12, 1), (11, 2), (12, 3)].enumerated() {
            item(&s, Double(10 + 2 * i), Int32(pid), .sharedRead, read)
            item(&s, Double(11 + 2 * i), Int32(pid), .sharedWrite, read + 1)
        }
        for pid: Int64 in [11, 12] {
            s.add(40 + Double(pid), pid: 10, process: "MainProcess", .processReaped, [("child_pid", .int(pid)), ("exitcode", .int(0))])
        }
        item(&s, 60, 10, .sharedRead, finalValue)
        s.add(61, pid: 10, process: "MainProcess", .shmUnlink, object: "ShareableList#1")
        s.add(62, pid: 10, process: "MainProcess", .shmClose, object: "SharedMemory#1")
        if unlinkBlock { s.add(63, pid: 10, process: "MainProcess", .shmUnlink, object: "SharedMemory#1") }
        // an unlink that raised removed nothing
        s.add(64, pid: 10, process: "MainProcess", .shmUnlink, object: "SharedMemory#1", [("error", .string("FileNotFoundError"))])
        if warning {
            s.add(70, pid: 9, process: "resource tracker", .processStart, [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])
            s.add(71, pid: 9, process: "resource tracker", .print, [("stream", .string("stderr")), ("text", .string(
                "resource_tracker.py:254: UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown"))])
        }
        return s
    }

    func testASegmentNoProcessUnlinkedIsSaidWithTheTrackersWarning() throws {
        let timeline = listScript(finalValue: 6).timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .segmentLeak }
        XCTAssertEqual(notes.map(\.text), ["No process unlinked SharedMemory#1 (segment psm_b1): the record has no successful unlink() of it, so "
            + "nothing the program did removed the segment. At shutdown the resource tracker warned that shared_memory objects had leaked "
            + "(its stderr rows); it then unlinks the segments still registered with it, which the tracer does not record."])
        XCTAssertEqual(timeline.events[notes[0].eventIndex].kind, "print", "shown at the tracker's warning")
        XCTAssertTrue(try XCTUnwrap(notes[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        let quiet = listScript(finalValue: 6, warning: false).timeline()
        XCTAssertEqual(Annotator(timeline: quiet).notes().filter { $0.kind == .segmentLeak }.map(\.text),
                       ["No process unlinked SharedMemory#1 (segment psm_b1): the record has no successful unlink() of it, so "
                        + "nothing the program did removed the segment."])
    }

    func testAnUnlinkedSegmentHasNoNoteAndTheOldPremiseFails() throws {
        let leak = try XCTUnwrap(SegmentLeak.all(in: listScript(finalValue: 6).timeline()).first)
        let unlinked = listScript(finalValue: 6, unlinkBlock: true).timeline()
        XCTAssertEqual(SegmentLeak.all(in: unlinked), [])
        XCTAssertFalse(NotePremise.segmentLeak(leak).holds(in: StateReplayer(timeline: unlinked)))
    }

    /// The order-based lost-update note must not speak of a ShareableList (no lock orders the recorded accesses); the
    /// arithmetic one does, in the list's words.
    func testAListsLostUpdatesAreProvedByArithmeticOnly() throws {
        let timeline = listScript(finalValue: 4).timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .lostUpdate }
        XCTAssertEqual(notes.count, 1, notes.map(\.text).joined(separator: "\n"))
        XCTAssertTrue(notes[0].text.hasPrefix("Process-1, Process-2 read-modify-wrote ShareableList#1[0] without a lock (a ShareableList takes none)"),
                      notes[0].text)
        XCTAssertTrue(notes[0].text.contains("MainProcess read 4 after every writer had ended: it holds 4 of the 6 updates, and 2 were lost"), notes[0].text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        XCTAssertEqual(Annotator(timeline: listScript(finalValue: 6).timeline()).notes().filter { $0.kind == .lostUpdate }, [])
    }
}
