import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Lost updates through views (`cell.hits += 1` by two processes, no lock): proved by arithmetic, whatever order the
/// record shows the two processes' accesses in.
final class ViewLostUpdatesTests: XCTestCase {
    private func access(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ kind: EventKind, _ value: Int) {
        s.add(ms, pid: pid, ppid: 10, process: pid == 10 ? "MainProcess" : "Process-\(pid - 10)", kind, object: "Array#1",
              [("attr", .string("[0].hits")), ("value", .string(String(value))), ("view", .bool(true))])
    }

    /// Two writers, each `+= 1` three times; two of their reads saw the same value: 4 of 6 landed.
    private func script(finalValue: Int, joined: Bool = true) -> EventScript {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (i, (pid, read)) in [(11, 0), (12, 0), (11, 1), (12, 1), (11, 2), (12, 3)].enumerated() {
            access(&s, Double(10 + 2 * i), Int32(pid), .sharedRead, read)
            access(&s, Double(11 + 2 * i), Int32(pid), .sharedWrite, read + 1)
        }
        if joined {
            for pid: Int64 in [11, 12] {
                s.add(40 + Double(pid), pid: 10, process: "MainProcess", .processReaped, [("child_pid", .int(pid)), ("exitcode", .int(0))])
            }
        }
        access(&s, 60, 10, .sharedRead, finalValue)
        return s
    }

    func testAShortfallAfterEveryWriterEndedIsSaidWithItsFigures() throws {
        let timeline = script(finalValue: 4).timeline()
        let found = ViewLostUpdates.all(in: timeline)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual([found[0].writes, found[0].landed, found[0].lost], [6, 4, 2])
        let notes = Annotator(timeline: timeline).notes().filter { $0.text.contains("read-modify-wrote") }
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].text.contains("from 0 to 6; MainProcess read 4 after every writer had ended: 4 of the 6 updates landed and 2 were lost"),
                      notes[0].text)
        XCTAssertTrue(try XCTUnwrap(notes[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testNoShortfallOrNoProofSaysNothing() {
        XCTAssertEqual(ViewLostUpdates.all(in: script(finalValue: 6).timeline()), [])          // every update landed
        XCTAssertEqual(ViewLostUpdates.all(in: script(finalValue: 4, joined: false).timeline()), [])  // not seen after the writers ended
        var blind = script(finalValue: 4)
        access(&blind, 30, 11, .sharedWrite, 9)        // a write that read nothing first: no proof
        XCTAssertEqual(ViewLostUpdates.all(in: blind.timeline()), [])
    }
}
