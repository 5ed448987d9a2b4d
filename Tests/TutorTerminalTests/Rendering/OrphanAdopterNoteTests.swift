import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// An orphan's new parent under mp-tutor (gaps 11A, r10b_orphan_grandchild): the orphan printed "my parent is now
/// 29972" (mp-tutor, a child subreaper), untraced pid 1 or the session's subreaper, and nothing said why.
final class OrphanAdopterNoteTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// The run's main process started by pid `runner`; Launcher leaves Background running; Background's ppid `adopter`.
    private func orphan(runner: Int32, adopter: Int32, subreaper: Bool? = true) -> (Timeline, exit: Int, start: Int) {
        var s = EventScript()
        s.add(0, pid: 100, ppid: runner, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, ppid: runner, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Launcher")), ("daemon", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "Launcher", .processStart, [("name", .string("Launcher")), ("role", .string("child")), ("parent_pid", .int(100))])
        s.add(3, pid: 201, ppid: 100, process: "Launcher", .processSpawn, [("child_pid", .int(301)), ("name", .string("Background")), ("daemon", .bool(false))])
        let exit = s.add(4, pid: 201, ppid: 100, process: "Launcher", .processExit, [("exitcode", .int(0)), ("via", .string("os._exit"))])
        let start = s.add(5, pid: 301, ppid: adopter, process: "Background", .processStart,
                          [("name", .string("Background")), ("role", .string("child")), ("parent_pid", .int(201))])
        s.add(600, pid: 301, ppid: adopter, process: "Background", .processExit, [("exitcode", .int(0))])
        var transcript = s.transcript()
        transcript.header.runnerSubreaper = subreaper      // gaps 12A: the header says whether mp-tutor was one
        return (TimelineBuilder.build(transcript), exit, start)
    }

    func testTheOrphansNewParentIsSaidToBeMpTutor() throws {
        let (timeline, exit, start) = orphan(runner: 77, adopter: 77)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit })
        XCTAssertTrue(note.text.hasSuffix(" Traced on Linux, its new parent is mp-tutor itself (pid 77, which started the run's main process: it makes itself a child subreaper so that it can stop whatever a run leaves behind), not pid 1 or the session's subreaper as untraced: os.getppid() in Background gives another pid traced than untraced."), note.text)
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(start),
                       "Background started (pid 301) by pid 201, which had already ended: its parent is now pid 77, which adopted it (mp-tutor, which started the run's main process and adopts its orphans so that it can stop them: untraced, pid 1 or the session's subreaper would, and os.getppid() would say so)")
    }

    /// gaps 12A: a transcript whose header does not say mp-tutor was a child subreaper (older, or the kernel refused)
    /// says nothing of the adopter: the orphan then went to pid 1 or the session's subreaper, whatever pid it shows.
    func testNoAdopterIsNamedUnlessTheHeaderSaysMpTutorWasASubreaper() throws {
        for subreaper in [nil, false] as [Bool?] {
            let (timeline, exit, start) = orphan(runner: 77, adopter: 77, subreaper: subreaper)
            let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit })
            XCTAssertFalse(note.text.contains("mp-tutor"), note.text)
            XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(start),
                           "Background started (pid 301) by pid 201, which had already ended: its parent is now pid 77, which adopted it")
        }
    }

    /// The header keeps what the runner was, through its JSON form.
    func testTheHeaderKeepsWhetherTheRunnerWasASubreaper() throws {
        var header = Fixtures.header()
        header.runnerSubreaper = true
        XCTAssertEqual(try TranscriptHeader(json: header.json).runnerSubreaper, true)
        XCTAssertNil(try TranscriptHeader(json: Fixtures.header().json).runnerSubreaper)
    }

    /// Another adopter (not the process that started the run) is not said to be mp-tutor.
    func testAnotherAdopterIsNotSaidToBeMpTutor() {
        let (timeline, _, start) = orphan(runner: 77, adopter: 55)
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(start),
                       "Background started (pid 301) by pid 201, which had already ended: its parent is now pid 55, which adopted it")
    }
}
