import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A group's signal and the processes it reached (gaps 12A, g12a_group_signal_sibling): Sender's os.killpg(pgid,
/// SIGUSR1) ended its sibling Sleeper, which had made that group its own; the note said only "Sleeper was ended by
/// signal 10: exitcode -10.", the row not which processes of the run were in the group.
final class GroupSignalMembersTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// MainProcess starts Sleeper (201) and Sender (202); Sender signals group 201 (`members` as given); Sleeper ends
    /// by SIGUSR1 (-10), seen by MainProcess's join.
    private func scenario(members: [Int64]?, thenTerminate: Bool = false) -> (Timeline, sent: Int, end: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (at, pid, name) in [(1.0, Int32(201), "Sleeper"), (3, 202, "Sender")] {
            s.add(at, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("daemon", .bool(false))])
            s.add(at + 1, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child")), ("parent_pid", .int(100))])
        }
        var fields: [(String, JSONValue)] = [("to_pgid", .int(201)), ("signum", .int(10)), ("signame", .string("SIGUSR1")),
                                             ("call", .string("os.killpg()")), ("own_group", .bool(false))]
        if let members { fields.append(("members", .array(members.map(JSONValue.int)))) }
        let sent = s.add(5, pid: 202, ppid: 100, process: "Sender", .processSignalSent, fields)
        if thenTerminate { s.add(6, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201))]) }
        s.add(7, pid: 202, ppid: 100, process: "Sender", .processExit, [("exitcode", .int(0))])
        let end = s.add(8, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Sleeper")), ("exitcode", .int(-10))])
        return (s.timeline(), sent, end)
    }

    func testAGroupSignalNamesTheRunsProcessesInTheGroupAndTheNoteSaysItReachedTheChild() {
        let (timeline, sent, end) = scenario(members: [201])
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(sent),
                       "os.killpg() sends SIGUSR1 to process group 201: every process in that group gets it; of this run, in that group as it is sent: Sleeper")
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.first { $0.eventIndex == end }?.text,
                       "Sleeper was ended by SIGUSR1 (Sender sent SIGUSR1 to process group 201 with os.killpg(), and it was in that group as it was sent): exitcode -10.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().map(\.message), [])
    }

    /// A terminate() of the child after the group's signal: the child still ended by SIGUSR1, and the note still names
    /// the group's signal (the only SIGUSR1 the record shows reaching it).
    func testALaterTerminateDoesNotHideTheGroupsSignal() {
        let (timeline, _, end) = scenario(members: [201], thenTerminate: true)
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.first { $0.eventIndex == end }?.text,
                       "Sleeper was ended by SIGUSR1 (Sender sent SIGUSR1 to process group 201 with os.killpg(), and it was in that group as it was sent): exitcode -10.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().map(\.message), [])
    }

    /// Not recorded (an older transcript, not Linux), or the child not in it: no group is named as the cause.
    func testWithoutTheChildAmongTheMembersNothingIsSaid() {
        for members in [nil, [202]] as [[Int64]?] {
            let (timeline, sent, end) = scenario(members: members)
            XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == end }?.text, "Sleeper was ended by signal 10: exitcode -10.")
            let row = EventDescriber(timeline: timeline, painter: painter).describe(sent)
            XCTAssertEqual(row.contains("of this run"), members != nil, row)
        }
    }
}
