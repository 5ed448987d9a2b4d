import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 28B: leftovers of rounds 27 and 27F around processes and their objects.
final class Gaps28BTests: XCTestCase {
    /// g28b_renamed_workers, r27_manager_config_dict: `current_process().name = 'job0'` in a child left its lane named
    /// `Process-1` for the whole run. From the rename on the lane is named as the program named it; the header names
    /// it with its start name once. A parent's `p.name = …` on its copy (no `current_name`) renames no lane.
    func testALaneIsNamedAsTheProgramRenamedItsProcess() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("Process-2"))])
        s.add(3, pid: 100, process: "MainProcess", .processAttrSet,
              [("attr", .string("name")), ("value", .string("'second'")), ("named", .string("Process-2")), ("before_init", .bool(false)),
               ("error", .null), ("current_name", .null)])
        let start = s.add(5, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(6, pid: 202, ppid: 100, process: "Process-2", .processStart, [("name", .string("Process-2")), ("role", .string("child"))])
        let first = s.add(7, pid: 201, ppid: 100, process: "Process-1", .processAttrSet,
                          [("attr", .string("name")), ("value", .string("'job0'")), ("named", .string("Process-1")),
                           ("before_init", .bool(false)), ("error", .null), ("current_name", .string("job0"))])
        let between = s.add(8, pid: 201, ppid: 100, process: "Process-1", thread: "Thread-1 (beat)", .print, [("text", .string("x"))])
        let second = s.add(9, pid: 201, ppid: 100, process: "Process-1", .processAttrSet,
                           [("attr", .string("name")), ("value", .string("'job0-done'")), ("named", .string("job0")),
                            ("before_init", .bool(false)), ("error", .null), ("current_name", .string("job0-done"))])
        let after = s.add(10, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let lane = try XCTUnwrap(timeline.lanes.first { $0.pid == 201 && $0.isMainThread })
        XCTAssertEqual(lane.process, "Process-1")                 // the transcript's name stays
        XCTAssertEqual(lane.shownName, "job0-done (was Process-1)")
        XCTAssertEqual([start, first, second, after].map(lane.label(at:)),
                       ["Process-1", "job0 (was Process-1)", "job0-done (was job0)", "job0-done"])
        let thread = try XCTUnwrap(timeline.lanes.first { $0.pid == 201 && !$0.isMainThread })
        XCTAssertEqual(thread.label(at: between), "job0 · beat")
        let other = try XCTUnwrap(timeline.lanes.first { $0.pid == 202 })
        XCTAssertEqual(other.shownName, "Process-2")            // the parent renamed only its copy
        let screen = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).render()
        XCTAssertTrue(screen.contains("job0-done (was Process-1)"), screen)
        Language.with(.zh) { XCTAssertEqual(lane.shownName, "job0-done（原名 Process-1）") }
    }
}
