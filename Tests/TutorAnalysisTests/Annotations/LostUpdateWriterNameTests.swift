import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 13B (r12_threads_value_in_processes): three threads whose target is `bump` in each of two processes; the
/// lost-update note named its writers "Process-1/bump", which is any of three threads, and two threads of one process
/// both "Process-1/bump".
final class LostUpdateWriterNameTests: XCTestCase {
    private func access(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ thread: String, _ kind: EventKind, _ value: Int) {
        s.add(ms, pid: pid, ppid: 10, process: "Process-\(pid - 10)", thread: thread, kind, object: "Value#1",
              [("attr", .string("value")), ("value", .string(String(value)))])
    }

    /// Process-1's first thread and `second` (a thread of Process-1 or Process-2) read 0; the first writes 1, then `second`.
    private func race(second: (Int32, String), alsoBump: Bool) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        if alsoBump { access(&s, 1, 11, "Thread-3 (bump)", .sharedRead, 0) }     // a third bump thread of Process-1
        access(&s, 2, 11, "Thread-1 (bump)", .sharedRead, 0)
        access(&s, 3, second.0, second.1, .sharedRead, 0)
        access(&s, 4, 11, "Thread-1 (bump)", .sharedWrite, 1)
        access(&s, 5, second.0, second.1, .sharedWrite, 1)
        return s.timeline()
    }

    private func lostUpdate(_ timeline: Timeline) throws -> String {
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        return try XCTUnwrap(notes.first { $0.kind == .lostUpdate }).text
    }

    func testTwoThreadsOfOneProcessWithOneTargetAreNamedByTheirThreads() throws {
        let text = try lostUpdate(race(second: (11, "Thread-2 (bump)"), alsoBump: false))
        XCTAssertTrue(text.hasPrefix("Process-1's Thread-1 (bump) and Process-1's Thread-2 (bump) both read 0 from Value#1.value; "
                                     + "Process-1's Thread-1 (bump) wrote 1, then Process-1's Thread-2 (bump) wrote 1 without reading again."), text)
    }

    func testAThreadWhoseTargetIsItsOwnInItsProcessKeepsTheShortName() throws {
        // Process-2 has one bump thread: its short name says which; Process-1 has two
        let text = try lostUpdate(race(second: (12, "Thread-1 (bump)"), alsoBump: true))
        XCTAssertTrue(text.hasPrefix("Process-1's Thread-1 (bump) and Process-2/bump both read 0"), text)
        let alone = try lostUpdate(race(second: (12, "Thread-1 (bump)"), alsoBump: false))
        XCTAssertTrue(alone.hasPrefix("Process-1/bump and Process-2/bump both read 0"), alone)
    }

    func testTheChineseNameSaysWhoseThread() {
        XCTAssertEqual(Phrase.noteThreadOfProcess.text(in: .zh, ["process": "Process-1", "thread": "Thread-2 (bump)"]),
                       "Process-1 的 Thread-2 (bump)")
    }
}
