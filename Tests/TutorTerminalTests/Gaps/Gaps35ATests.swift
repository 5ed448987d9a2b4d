import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 35A (issue 11): round 33's leftovers, on the committed recordings.
final class Gaps35ATests: XCTestCase {
    private static func notes(_ timeline: Timeline, lang: Language = .en) -> [Note] {
        Language.with(lang) { Gaps16BTests.notes(timeline) }.filter { $0.kind == .cutMidItem }
    }

    private static func panel(_ timeline: Timeline, after index: Int, lang: Language = .en) -> String {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).lines().joined(separator: "\n")
        }
    }

    /// r33_daemon_uploader_cut (every method): the daemon uploader had got a file from the Queue and was terminated by
    /// multiprocessing's exit function before it asked for another; no note named that file (note ② lists only the files
    /// still queued), and the panel said the daemon was "ended by SIGTERM", as of any end. A
    /// note now names the item it took and says no event shows it finished; the panel says it was terminated at the exit.
    func testADaemonCutAtExitWithAnItemTakenSaysSo() throws {
        // the file each recording's uploader got last (the record's own rows)
        for (method, item) in [("fork", "'report2.pdf'"), ("spawn", "'report0.pdf'"), ("forkserver", "'report2.pdf'")] {
            let timeline = try Gaps16BTests.corpus("r33_daemon_uploader_cut--\(method)")
            let found = Self.notes(timeline)
            XCTAssertEqual(found.count, 1, method)
            let note = try XCTUnwrap(found.first, method)
            XCTAssertTrue(timeline.events[note.eventIndex].is(.processReaped), method)
            XCTAssertNotNil(note.text.range(of: #"^\w+Process-1 had an item in hand when multiprocessing's exit function terminated it \(at [0-9.]+ s\): it took "#
                + NSRegularExpression.escapedPattern(for: item) + #" from Queue#1 at [0-9.]+ s, its last get, and recorded nothing more before that SIGTERM; its run\(\) never returned\. That item had left the queue"#,
                                            options: .regularExpression), "\(method): \(note.text)")
            XCTAssertTrue(note.premise?.holds(in: StateReplayer(timeline: timeline)) == true, method)
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [], method)
            let zh = try XCTUnwrap(Self.notes(timeline, lang: .zh).first, method)
            XCTAssertTrue(zh.text.contains("时，它手里还有一项：它在") && zh.text.contains("从 Queue#1 取走了 \(item)"), "\(method): \(zh.text)")
            // the panel at that row: terminated at the exit, with the item, not "ended by SIGTERM"
            let panel = Self.panel(timeline, after: note.eventIndex)
            XCTAssertTrue(panel.contains("terminated at the main process's exit (SIGTERM, exitcode -15) with \(item) in hand, taken from Queue#1 at"), "\(method): \(panel)")
            XCTAssertFalse(panel.contains("ended by SIGTERM") || panel.contains("ended (seen by its parent)"), "\(method): \(panel)")
            XCTAssertTrue(Self.panel(timeline, after: note.eventIndex, lang: .zh).contains("在主进程退出时被终止（SIGTERM，退出码 -15），手里还有"), method)
        }
    }

    /// g35a_daemon_item_cut (every method): the indexer daemon took a job and was cut at exit (the note, the panel with
    /// the job); the watcher daemon, blocked in get() on an empty Queue, took nothing: no note, and its panel line says it
    /// was terminated at the exit, with no item.
    func testOnlyTheDaemonWithAnItemTakenGetsTheNote() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("g35a_daemon_item_cut--\(method)")
            let found = Self.notes(timeline)
            XCTAssertEqual(found.count, 1, "\(method): \(found.map(\.text))")
            let note = try XCTUnwrap(found.first, method)
            XCTAssertTrue(note.text.hasPrefix("indexer had an item in hand") && note.text.contains("it took 'doc-0' from Queue#1 at"), "\(method): \(note.text)")
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [], method)
            let last = timeline.events.count - 1
            let panel = Self.panel(timeline, after: last)
            XCTAssertTrue(panel.contains("indexer") && panel.contains("with 'doc-0' in hand, taken from Queue#1 at"), "\(method): \(panel)")
            XCTAssertTrue(panel.contains("terminated at the main process's exit (SIGTERM, exitcode -15): a daemon still running then"), "\(method): \(panel)")
            XCTAssertFalse(panel.contains("ended by SIGTERM") || panel.contains("ended (seen by its parent)"), "\(method): \(panel)")
        }
    }

    /// Children that ended on their own, or were terminated by the program, keep the generic words and get no note.
    func testAChildTheProgramTerminatedIsNotSaidCutAtExit() throws {
        let timeline = try Gaps16BTests.corpus("r33_empty_then_one_sentinel--fork")
        XCTAssertEqual(Self.notes(timeline).count, 0)
        let state = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1)
        XCTAssertTrue(state.cutAtExit.terminated.isEmpty)
    }

    /// r26_joinable_pipeline and r16_sieve_joinable_daemons (every method): the daemon consumers were cut at exit too, but each had called task_done()
    /// on its last job (or was waiting in its next get()): no item was in hand, and no note says one was (a first version
    /// of the rule said "had an item in hand" of them).
    func testADaemonThatCalledTaskDoneHasNoItemInHand() throws {
        for name in ["r26_joinable_pipeline", "r16_sieve_joinable_daemons"] { for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("\(name)--\(method)")
            XCTAssertEqual(Self.notes(timeline).map(\.text), [], method)
            let state = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1)
            XCTAssertFalse(state.cutAtExit.terminated.isEmpty, method)
        } }
    }

    private static func summary(_ timeline: Timeline, lang: Language = .en) -> String {
        Language.with(lang) { SummaryRenderer(timeline: timeline, capabilities: ChineseLayoutGoldenTests.capabilities(1000)).render() }
    }

    /// r33t_pool_progress_value (every method) and g35a_event_poll_thousands (every method): a thread's
    /// `while not stop.wait(timeout)` loop had a timeline row per wait and no count anywhere. The summary now says how
    /// many waits, how many timed out, and when the one that returned True did. The figures are the record's own (the
    /// waits and wakes counted here from the events, and, for g35a, the count the program printed).
    func testATimedEventWaitLoopHasASummaryLineThatCountsIt() throws {
        for name in ["r33t_pool_progress_value", "g35a_event_poll_thousands"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = try Gaps16BTests.corpus("\(name)--\(method)")
                let thread = name.hasPrefix("g35a") ? "spinner" : "progress"
                let events = timeline.events
                let waits = events.filter { $0.is(.eventWait) && $0.thread == thread }.count
                let wakes = events.filter { $0.is(.eventWake) && $0.thread == thread }
                let timedOut = wakes.filter { $0.bool(EventField.outcome) == false }.count
                let lastTrue = try XCTUnwrap(wakes.last { $0.bool(EventField.outcome) == true }, "\(name) \(method)")
                XCTAssertGreaterThan(waits, 3)
                if name.hasPrefix("g35a") {
                    // the program's own count of its turns: each one a wait that returned False
                    let printed = try XCTUnwrap(events.first { $0.is(.print) && $0.string(EventField.text)?.hasPrefix("spinner: ") == true }?.string(EventField.text))
                    XCTAssertTrue(printed.hasPrefix("spinner: \(timedOut) timed-out waits, 1 that returned True"), "\(method): \(printed)")
                }
                let text = Self.summary(timeline)
                XCTAssertTrue(text.contains("waiting by Event.wait(timeout) again and again"), "\(name) \(method): \(text)")
                let line = "MainProcess · \(thread) called wait("
                XCTAssertNotNil(text.range(of: NSRegularExpression.escapedPattern(for: line) + #"[0-9.]+\) on Event#1 "# + "\(waits) times between "
                    + #"[0-9.]+ s and [0-9.]+ s: "# + "\(timedOut) timed out \\(returned False\\), 1 returned True \\(the last at \(Format.seconds(lastTrue.t)): the Event was set\\)",
                                           options: .regularExpression), "\(name) \(method): \(text)")
                let zh = Self.summary(timeline, lang: .zh)
                XCTAssertTrue(zh.contains("次超时（返回 False），1 次返回 True（最后一次在 \(Format.seconds(lastTrue.t))"), "\(name) \(method): \(zh)")
            }
        }
    }

    /// Fewer than three timed waits of one thread on one Event, or waits without a timeout, make no line.
    func testWaitsWithoutATimeoutMakeNoLoopLine() throws {
        let timeline = try Gaps16BTests.corpus("g35a_daemon_item_cut--fork")    // main's one took.wait(20)
        XCTAssertFalse(Self.summary(timeline).contains("again and again"))
    }
}
