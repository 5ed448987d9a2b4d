import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// "record: 19 events, none lost" said of a spawn run whose daemon writer multiprocessing SIGTERMed at exit between
/// its send() and the write of that call's event (Late 19B, issue 11): the record line says such a call may be missing.
final class SummarySignalCutTests: XCTestCase {
    /// The shape of round 17M's run: the parent receives 'line 1', whose send the writer's record does not hold.
    /// `writerLast` is the writer's last event after its send of 'line 0'; `exit` is how the parent saw it end.
    private func daemonRun(writerLast: ((inout EventScript) -> Void)? = nil, exit: Int64 = -15) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(200)), ("name", .string("writer")), ("daemon", .bool(true))])
        s.add(5, pid: 200, ppid: 100, process: "writer", .processStart, [("role", .string("child")), ("name", .string("writer"))])
        s.add(6, pid: 200, ppid: 100, process: "writer", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string("'line 0'"))])
        s.add(7, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string("'line 0'"))])
        writerLast?(&s)
        s.add(107, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string("'line 1'"))])
        s.add(108, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(200)), ("name", .string("writer")), ("at_exit", .bool(true))])
        s.add(109, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(200)), ("name", .string("writer")), ("exitcode", .int(exit))])
        s.add(110, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return s.timeline()
    }

    private func summary(_ timeline: Timeline, _ language: Language) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        return Language.with(language) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
    }

    func testAWriterEndedBySigtermOutsideAWaitIsSaidToMayHaveLostTheCallItWasIn() {
        let timeline = daemonRun()
        let english = summary(timeline, .en)
        XCTAssertFalse(english.contains("none lost"), english)
        XCTAssertTrue(english.contains("record: \(timeline.events.count) events, no event lost in writing\n"), english)
        XCTAssertTrue(english.contains("ended by a signal while not blocked in a recorded wait: writer (pid 200, SIGTERM). "
            + "A call's event is written when the call returns, so a call such a process was making when its signal came "
            + "may be missing from the record"), english)
        let chinese = summary(timeline, .zh)
        XCTAssertTrue(chinese.contains("写入时没有丢失事件"), chinese)
        XCTAssertTrue(chinese.contains("以下进程被信号结束时，并没有阻塞在任何已记录的等待里：writer（pid 200，信号 SIGTERM）"), chinese)
    }

    func testAWriterThatEndedNormallyKeepsNoneLost() {
        let english = summary(daemonRun(exit: 0), .en)
        XCTAssertTrue(english.contains("events, none lost\n"), english)
        XCTAssertFalse(english.contains("ended by a signal while"), english)
    }

    func testAWriterKilledWhileBlockedInARecordedWaitIsNotNamed() {
        let timeline = daemonRun(writerLast: { s in
            s.add(8, pid: 200, ppid: 100, process: "writer", .lockWait, object: "Lock#1", [])
        })
        XCTAssertEqual(SignalCutProcesses(timeline, census: ProcessCensus(timeline)).cuts, [])
        XCTAssertTrue(summary(timeline, .en).contains("events, none lost\n"))
    }

    func testAnotherThreadOutsideAWaitStillNamesTheProcess() {
        // The main thread waits, but the writer's other thread had returned from nothing it recorded as a wait.
        let timeline = daemonRun(writerLast: { s in
            s.add(8, pid: 200, ppid: 100, process: "writer", thread: "Thread-1", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string("'x'"))])
            s.add(9, pid: 200, ppid: 100, process: "writer", .lockWait, object: "Lock#1", [])
        })
        XCTAssertEqual(SignalCutProcesses(timeline, census: ProcessCensus(timeline)).cuts.map(\.name), ["writer"])
        // A thread that recorded its own exit was in no call.
        let ended = daemonRun(writerLast: { s in
            s.add(8, pid: 200, ppid: 100, process: "writer", thread: "Thread-1", .threadExit, [])
            s.add(9, pid: 200, ppid: 100, process: "writer", .lockWait, object: "Lock#1", [])
        })
        XCTAssertEqual(SignalCutProcesses(ended, census: ProcessCensus(ended)).cuts, [])
    }

    func testAWorkerWhoseOwnExitRecordWasWrittenIsNotNamed() {
        // The tracer writes a process's exit record last: a Pool's terminate() after it cut no recorded call.
        let timeline = daemonRun(writerLast: { s in
            s.add(8, pid: 200, ppid: 100, process: "writer", .processExiting, [("exitcode", .int(-15)), ("began_exitcode", .int(0))])
        })
        XCTAssertEqual(SignalCutProcesses(timeline, census: ProcessCensus(timeline)).cuts, [])
    }
}
