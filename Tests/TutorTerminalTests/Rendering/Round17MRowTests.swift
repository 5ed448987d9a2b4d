import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that review round 17M (library-style code: logging, custom managers, connections, signals) found false.
final class Round17MRowTests: XCTestCase {
    /// r17m_active_children_poll (forkserver): "active_children() sees nap-0 end: exitcode 0 (nap-0's own exit was 100 ms
    /// before …: an ended child stays a zombie until its parent reaps it, as this call did)". A forkserver child's parent
    /// is the fork server, which reaps it as soon as it ends and sends its exit code on; the program's call only read it.
    func testAForkserverChildsLateReapDoesNotSayTheCallReapedAZombie() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("nap-0"))])
        s.add(2, pid: 201, ppid: 150, process: "nap-0", .processStart, [("name", .string("nap-0")), ("parent_pid", .int(150))])
        s.add(3, pid: 201, ppid: 150, process: "nap-0", .processExit, [("exitcode", .int(0))])
        let late = s.add(503, pid: 100, process: "MainProcess", .processReaped,
                         [("child_pid", .int(201)), ("name", .string("nap-0")), ("exitcode", .int(0)), ("reaped_by", .string("active_children()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(late), "active_children() sees nap-0 end: exitcode 0")
    }

    /// The same late reap of a child the program's process forked itself still says how long it was a zombie.
    func testALateReapOfTheCallersOwnChildStillSaysItWasAZombie() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("nap-0"))])
        s.add(2, pid: 201, ppid: 100, process: "nap-0", .processStart, [("name", .string("nap-0")), ("parent_pid", .int(100))])
        s.add(3, pid: 201, ppid: 100, process: "nap-0", .processExit, [("exitcode", .int(0))])
        let late = s.add(503, pid: 100, process: "MainProcess", .processReaped,
                         [("child_pid", .int(201)), ("name", .string("nap-0")), ("exitcode", .int(0)), ("reaped_by", .string("active_children()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(late), "active_children() sees nap-0 end: exitcode 0 (nap-0's own exit was 500 ms before, at 0.003 s: "
                       + "an ended child stays a zombie until its parent reaps it, as this call did)")
    }

    /// r17m_set_start_method_twice (fork): get_start_method() fixed fork; set_start_method("fork") raised "context has
    /// already been set"; set_start_method("spawn", force=True) then took effect, and its row was only
    /// `set_start_method("spawn")`: the same call that had just raised, now succeeding for no reason shown. The heading
    /// said "default start method spawn", though fork had been the method of the first child.
    private func forcedScript() -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("fork")), ("ok", .bool(false)),
                                                                         ("error", .string("RuntimeError: context has already been set"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("before-force")), ("method", .string("fork"))])
        s.add(3, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("spawn")), ("force", .bool(true)), ("was", .string("fork"))])
        s.add(4, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("after-force")), ("method", .string("spawn"))])
        s.add(5, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("spawn")), ("force", .bool(true)), ("was", .string("spawn"))])
        s.add(6, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("fork")), ("force", .bool(true))])
        return s
    }

    func testAForcedSetStartMethodSaysForceAndWhichMethodItReplaced() {
        let script = forcedScript()
        let events = script.events
        let describer = EventDescriber(timeline: script.timeline(), painter: Painter(capabilities: .plain))
        let rows = events.indices.filter { events[$0].is(.processStartMethod) }.map { describer.describe($0) }
        XCTAssertEqual(rows.dropFirst().map { $0 }, [
            "set_start_method(\"spawn\", force=True): force=True replaces the start method fork, already fixed: from now on start() uses spawn",
            "set_start_method(\"spawn\", force=True): spawn was already the start method",
            "set_start_method(\"fork\", force=True)",
        ])
    }

    func testAHeadingWhoseFirstMethodWasFixedWithoutACallNamesItBeforeTheForcedOne() {
        let events = Array(forcedScript().events.prefix(5))
        let wide = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        var header = Fixtures.header()
        header.startMethod = "spawn"
        let heading = RunPresenter(lesson: nil, capabilities: wide).heading(for: header, replayOf: nil, events: events)
        XCTAssertFalse(heading.contains("default start method"), heading)
        XCTAssertTrue(heading.contains("start method fork, then spawn (set_start_method() changed it while the program ran)"), heading)
    }
}
