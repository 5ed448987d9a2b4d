import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 33B (issue 11's leftovers): on the committed recordings of the rounds that found them, the summary names the
/// program's os.waitpid() as what it waited in, and a join(timeout) that gave up while the child was in no recorded
/// wait says what the record knows of the child.
final class Gaps33BTests: XCTestCase {
    private static let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)

    /// r32p_fork_in_thread_warning (fork): the 26 ms the main thread spent in os.waitpid() on its hand-forked helper
    /// were counted under "join" with the uploader's join(): "join 50 ms" (round 32P's Left).
    func testTheSummaryNamesOsWaitpidAsTheCallTheProgramMade() throws {
        let timeline = try Round22MTests.timeline("r32p_fork_in_thread_warning--fork")
        let main = try XCTUnwrap(ProcessTimeAnalysis(timeline).processes.first { $0.name == "MainProcess" })
        XCTAssertEqual(main.waits.map(\.reason), ["os.waitpid()", "join"])
        XCTAssertEqual(main.waits.map(\.ns), [25_963_227, 23_930_586 + 416_897])     // join: the uploader's and the heartbeat thread's
        let summary = SummaryRenderer(timeline: timeline, capabilities: Self.caps).render()
        XCTAssertTrue(summary.contains("MainProcess  of 439 ms: os.waitpid() 26 ms, join 24 ms, other 388 ms"), summary)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: Self.caps).render() }
        XCTAssertTrue(zh.contains("os.waitpid() 26 ms，join 24 ms"), zh)
    }

    /// A wait in os.waitpid() that never ended (the record ended first) is counted under its call too.
    func testAnUnfinishedWaitpidIsCountedUnderItsCall() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(200)), ("name", .string("fork of MainProcess (pid 200)")),
                                                                      ("timeout", .null), ("implicit", .bool(false)), ("call", .string("os.waitpid()"))])
        s.add(2, pid: 100, process: "MainProcess", .print, [("text", .string("never"))])
        let main = ProcessTimeAnalysis(s.timeline()).processes.first { $0.name == "MainProcess" }
        XCTAssertEqual(main?.waits.map(\.reason), ["os.waitpid()"])
    }

    /// r31s_log_tailer_event (fork): "join(follower, timeout=1) gave up after 1.011 s: the child has not ended" and no
    /// more; the follower was in time.sleep(5), which the tracer does not record (round 31S's Left). The note says the
    /// follower's last recorded event and that what it did after is not in the record, and guesses no sleep.
    func testAJoinThatGaveUpOnAChildInNoRecordedWaitSaysWhatTheRecordKnows() throws {
        let timeline = try Round22MTests.timeline("r31s_log_tailer_event--fork")
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let notes = Annotator(timeline: timeline, rowWords: { describer.describe($0) }).notes().filter { $0.kind == .joinGaveUpChildUnrecorded }
        XCTAssertEqual(notes.count, 1)
        let note = try XCTUnwrap(notes.first)
        XCTAssertEqual(timeline.events[note.eventIndex].name, "follower")
        XCTAssertTrue(note.text.hasPrefix("follower had not ended, and no wait the tracer records was open in it: the last event its main thread "
            + "recorded before this was at 1.965 s: “polled Event#1 with is_set() 39 times over 557 ms"), note.text)
        XCTAssertTrue(note.text.contains("What it did after that is not in the record") && note.text.hasSuffix("That thread recorded no later event."), note.text)
        XCTAssertFalse(note.text.contains("sleep"), note.text)
        let zh = Language.with(.zh) {
            Annotator(timeline: timeline, rowWords: { describer.describe($0) }).notes().filter { $0.kind == .joinGaveUpChildUnrecorded }.map(\.text)
        }
        XCTAssertTrue(zh.first?.hasPrefix("follower 还没有结束，而且当时它不在任何被追踪器记录的等待中：在此之前，它的主线程最后一次记录的事件是在 1.965 s：") == true, "\(zh)")
    }

    /// A child blocked in a recorded wait keeps the older note (its wait), not this one; a child that wrote nothing
    /// says so; the next event of the same thread is named when the record has one.
    func testTheNotesEdges() {
        func run(_ blocked: Bool, childEvents: Bool) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(400, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1")
            s.add(500, pid: 200, process: "worker", .processStart, [("name", .string("worker"))])
            if childEvents { s.add(600, pid: 200, process: "worker", .print, [("text", .string("working"))]) }
            if blocked { s.add(700, pid: 200, process: "worker", .lockWait, object: "Lock#1") }
            s.add(1000, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(200)), ("name", .string("worker")),
                                                                          ("timeout", .double(1)), ("implicit", .bool(false))])
            s.add(2000, pid: 100, process: "MainProcess", .processJoin, [("child_pid", .int(200)), ("name", .string("worker")), ("waited_ns", .int(1_000_000_000)),
                                                                      ("timeout", .double(1)), ("timed_out", .bool(true))])
            if childEvents { s.add(3000, pid: 200, process: "worker", .print, [("text", .string("done"))]) }
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .joinGaveUpChildUnrecorded }
        }
        XCTAssertEqual(run(true, childEvents: true).count, 0)
        let free = run(false, childEvents: true).map(\.text)
        XCTAssertEqual(free.count, 1)
        XCTAssertTrue(free.first?.contains("the last event its main thread recorded before this was at 0.600 s") == true, "\(free)")
        XCTAssertTrue(free.first?.hasSuffix("The next event that thread recorded came at 3.000 s: “print”.") == true, "\(free)")
    }

    /// r31s_subprocess_shell_codes (fork): "python -c" (pid 1043) ran under `sh -c` (pid 1042), which is not traced; the
    /// summary counted it among "processes whose end was not recorded" with no why, beside "sh pid 1042: exit code 0".
    func testAPythonUnderAnUntracedShellSaysWhyItsEndIsNotRecorded() throws {
        let timeline = try Round22MTests.timeline("r31s_subprocess_shell_codes--fork")
        let under = ProcessCensus(timeline).endsUnderUntracedParents.map { "\($0.member.name) \($0.member.pid) < \($0.parent.name) \($0.parent.pid)" }
        XCTAssertEqual(under, ["python -c 1043 < sh 1042"])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 1000, isInteractive: false)
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.contains("1 process whose end was not recorded); python -c pid 1043 ran under sh pid 1042, a program the tracer does not "
            + "run in: nothing traced waited for it, and a Python process that multiprocessing did not start writes no end of its own, so its end "
            + "is not in the record;"), summary)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(zh.contains("；python -c pid 1043 运行在 sh pid 1042 之下，而追踪器不在 sh 里运行"), zh)
        // a subprocess the parent waited for has its end (sh pid 1042: exit code 0) and no such words
        XCTAssertFalse(summary.contains("sh pid 1042 ran under"), summary)
    }
}
