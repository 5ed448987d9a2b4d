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
        XCTAssertEqual(lane.shownName, "job0-done (was Process-1, then job0)")     // gaps 32C: the names between too
        XCTAssertEqual([start, first, second, after].map(lane.label(at:)),
                       ["Process-1", "job0 (was Process-1)", "job0-done (was job0)", "job0-done"])
        let thread = try XCTUnwrap(timeline.lanes.first { $0.pid == 201 && !$0.isMainThread })
        XCTAssertEqual(thread.label(at: between), "job0 · beat")
        let other = try XCTUnwrap(timeline.lanes.first { $0.pid == 202 })
        XCTAssertEqual(other.shownName, "Process-2")            // the parent renamed only its copy
        let screen = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).render()
        XCTAssertTrue(screen.contains("job0-done (was Process-1, then job0)"), screen)
        Language.with(.zh) { XCTAssertEqual(lane.shownName, "job0-done（原名 Process-1，中间叫过 job0）") }
    }

    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// g28b_listener_wrong_key, r27_listener_child_jobs: a Listener's creation (address, family, authkey or not) and
    /// its close at the end of the with-block (the socket file removed) had no row.
    func testAListenersCreationAndCloseHaveRows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g28b_listener_wrong_key--\(method)")
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let made = try XCTUnwrap(timeline.indices(of: .listenerCreate).first, method)
            let closed = try XCTUnwrap(timeline.indices(of: .listenerClose).first, method)
            XCTAssertTrue(describer.describe(made).hasSuffix("g28b.sock', AF_UNIX) made: it listens there; each accept() sends a client a "
                                                        + "challenge that only a holder of the same authkey answers"), describer.describe(made))
            XCTAssertTrue(describer.describe(closed).hasSuffix(", AF_UNIX): no client can connect any more, and its socket file is removed"),
                          describer.describe(closed))
            // both sides of the refused handshake
            XCTAssertEqual(timeline.indices(of: .connectionRefused).count, 2, method)
            let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(closed) }
            XCTAssertTrue(zh.hasPrefix("关闭了 Listener("), zh)
        }
        var s = DocsExamplesDescriberTests.mainProcess()
        let open = s.add(1, pid: 100, process: "MainProcess", .listenerCreate,
                         [("address", .string("('127.0.0.1', 6000)")), ("family", .string("AF_INET")), ("authkey", .bool(false))])
        let shut = s.add(2, pid: 100, process: "MainProcess", .listenerClose,
                         [("address", .string("('127.0.0.1', 6000)")), ("family", .string("AF_INET")), ("unlinked", .null)])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual([open, shut].map(describer.describe), [
            "Listener(('127.0.0.1', 6000), AF_INET) made: it listens there, with no authkey: accept() takes any client that connects, unchecked",
            "closed Listener(('127.0.0.1', 6000), AF_INET): no client can connect any more"])
    }

    /// g28b_queue_put_after_close: put() after close() raised ValueError; its row said so, the queue's summary line
    /// counted it nowhere.
    func testAPutAfterCloseIsCountedInTheQueuesSummary() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g28b_queue_put_after_close--\(method)")
            let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Queue#1:") }, text)
            XCTAssertTrue(line.hasSuffix("2 puts, 2 gets, at most 2 items waiting · 1 put and 0 gets raised ValueError, called after their "
                                         + "own process had closed the queue (close()): nothing was put or got"), String(line))
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("有 1 次放入和 0 次取出抛出 ValueError"), zh)
        }
    }
}
