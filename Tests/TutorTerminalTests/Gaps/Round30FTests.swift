import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 30F (issue 11): concurrent.futures as scripts use it; each finding on the committed recording of the round's
/// program, and its edges on small scripted runs.
final class Round30FTests: XCTestCase {
    private static let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func summary(_ t: Timeline, _ lang: Language = .en) -> String {
        Language.with(lang) { SummaryRenderer(timeline: t, capabilities: Self.caps).render() }
    }

    /// r30f_initializer_then_map_timeout (fork): both workers' initializers raised; ForkProcess-1 was still writing its
    /// "Exception in initializer" traceback when the broken executor's manager thread terminate()d it (exit -15). Its
    /// write reached stderr, its event did not. The summary said "no event lost" and that the 436 characters on no row
    /// "went past print()/sys.stderr": it counted a worker after a raising initializer as idle in the executor's loop.
    func testAWorkerTerminatedAfterItsInitializerRaisedIsNamedAsCut() throws {
        let t = try Round22MTests.timeline("r30f_initializer_then_map_timeout--fork")
        XCTAssertEqual(SignalCutProcesses(t, census: ProcessCensus(t)).cuts.map(\.name), ["ForkProcess-1"])
        let en = summary(t)
        XCTAssertTrue(en.contains("record: 96 events, no event lost in writing\n"), en)
        XCTAssertTrue(en.contains("ended by a signal while not blocked in a recorded wait: ForkProcess-1 (pid 23685, SIGTERM)"), en)
        XCTAssertTrue(en.contains("at least 436 characters the run wrote to stderr are on no row: either they went past "
            + "print()/sys.stderr (sys.stderr.buffer.write, os.write, a C extension or a subprocess), or a process named above "
            + "wrote them in a call whose event its signal cut off"), en)
        XCTAssertFalse(en.contains("no event lost\n"), en)
        let zh = summary(t, .zh)
        XCTAssertTrue(zh.contains("要么是上面列出的某个进程在一次调用中写出的"), zh)
        // Spawn: the failing worker ended by itself (exit 0), the other was never cut: nothing changes.
        let spawn = try Round22MTests.timeline("r30f_initializer_then_map_timeout--spawn")
        XCTAssertEqual(SignalCutProcesses(spawn, census: ProcessCensus(spawn)).cuts.map(\.name), [])
        XCTAssertFalse(summary(spawn).contains("either they went past"))
    }

    /// A worker (of a ProcessPoolExecutor, or of a Pool) ended by SIGTERM after its initializer's end: named only
    /// when the initializer raised; after one that returned it waits in the library's loop, where it makes no call.
    func testOnlyAnInitializerThatRaisedLeavesTheWorkerInACall() {
        func cuts(executor: Bool, ok: Bool) -> [String] {
            let name = executor ? "ForkProcess-1" : "ForkPoolWorker-1"
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
            if !executor { s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))]) }
            s.add(2, pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(200)), ("name", .string(name)), ("daemon", .bool(true))]
                  + (executor ? [("executor", .string("ProcessPoolExecutor#1"))] : []))
            s.add(5, pid: 200, ppid: 100, process: name, .processStart, [("role", .string("child")), ("name", .string(name))])
            s.add(6, pid: 200, ppid: 100, process: name, executor ? .executorInit : .poolInit,
                  [("func", .string("setup")), ("args", .string("()"))])
            s.add(7, pid: 200, ppid: 100, process: name, executor ? .executorInitEnd : .poolInitEnd,
                  [("func", .string("setup")), ("ok", .bool(ok)), ("error", ok ? .null : .string("OSError: no"))])
            s.add(300, pid: 100, process: "MainProcess", .processReaped,
                  [("child_pid", .int(200)), ("name", .string(name)), ("exitcode", .int(-15))])
            s.add(310, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
            let t = s.timeline()
            return SignalCutProcesses(t, census: ProcessCensus(t)).cuts.map(\.name)
        }
        XCTAssertEqual(cuts(executor: true, ok: false), ["ForkProcess-1"])
        XCTAssertEqual(cuts(executor: true, ok: true), [])
        XCTAssertEqual(cuts(executor: false, ok: false), ["ForkPoolWorker-1"])
        XCTAssertEqual(cuts(executor: false, ok: true), [])
    }
}

extension Round30FTests {
    /// r30f_initializer_then_map_timeout (fork): the broken note named only ForkProcess-2's raising initializer (the
    /// worker that had ended), while ForkProcess-1's had raised first (1.905 s) and note ② then says it was ended by
    /// SIGTERM: read alone, a healthy worker killed. The note now names it; spawn's run (one worker started) does not.
    func testTheBrokenNoteNamesAWorkerWhoseInitializerRaisedButHadNotEnded() throws {
        let t = try Round22MTests.timeline("r30f_initializer_then_map_timeout--fork")
        let note = Annotator(timeline: t).notes().first { $0.text.hasPrefix("No worker died inside a work item") }
        XCTAssertTrue(note?.text.contains("in ForkProcess-2 (exitcode 0)") == true, "\(String(describing: note))")
        XCTAssertTrue(note?.text.hasSuffix(" The initializer had raised in ForkProcess-1 (at 1.905 s) too, not yet ended when "
            + "the executor broke: the manager thread stops such a worker with the others.") == true, "\(String(describing: note))")
        let zh = Language.with(.zh) { Annotator(timeline: t).notes().first { $0.text.hasPrefix("没有工作进程死在某个工作项中") } }
        XCTAssertTrue(zh?.text.contains("初始化函数在 ForkProcess-1（1.905 s 时）中也已经抛出了异常") == true, "\(String(describing: zh))")
        let spawn = try Round22MTests.timeline("r30f_initializer_then_map_timeout--spawn")
        let plain = Annotator(timeline: spawn).notes().first { $0.text.hasPrefix("No worker died inside a work item") }
        XCTAssertNotNil(plain)
        XCTAssertFalse(plain?.text.contains("too, not yet ended") ?? true)
    }
}
