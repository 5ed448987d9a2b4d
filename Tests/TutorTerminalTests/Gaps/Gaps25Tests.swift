import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 25: leftovers of gaps 24B and 24C (issue 11), each on a committed recording or a script of events.
final class Gaps25Tests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// A proxy access of `Value#1` ending at `ms` after a round trip of 0.2 ms.
    private func access(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ what: String, _ value: String) {
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "Value#1",
              [("type", .string("Value")), ("method", .string(what == "read" ? "get" : "set")),
               ("waited_ns", .int(200_000)), ("ok", .bool(true)), ("access", .string(what)),
               ("key", .null), ("value", .string(value))])
    }

    /// r22h_progress_manager_value_race (spawn): notes ②–④ each repeated the first note's round-trip explanation and lock
    /// advice. They now say their race shortly and point back to the first note, which alone keeps the why and the fix.
    func testLaterProxyRaceNotesAreShortAndPointBack() throws {
        let timeline = try Gaps24BTests.timeline("r22h_progress_manager_value_race--spawn")
        let notes = Gaps24BTests.lostUpdateNotes(timeline)
        XCTAssertGreaterThanOrEqual(notes.count, 2, "\(notes.map(\.text))")
        guard notes.count >= 2 else { return }
        XCTAssertTrue(notes[0].text.contains("manager.Lock()"), notes[0].text)
        let at = Format.seconds(timeline.events[notes[0].eventIndex].t)
        for later in notes.dropFirst() {
            XCTAssertTrue(later.text.hasPrefix("Again, as in the race told at \(at): "), later.text)
            XCTAssertFalse(later.text.contains("manager.Lock()"), later.text)
            XCTAssertFalse(later.text.contains("round trip to the manager's server"), later.text)
        }
        XCTAssertTrue(notes.dropFirst().contains { $0.text.contains("all read 5 from Value#1.value") && $0.text.contains("2 updates were lost here") },
                      "\(notes.map(\.text))")
        let replayer = StateReplayer(timeline: timeline)
        for note in notes { XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: replayer), note.text) }
        let zh = Language.with(.zh) { Gaps24BTests.lostUpdateNotes(timeline) }
        XCTAssertEqual(zh.count, notes.count)
        XCTAssertEqual(zh.filter { $0.text.contains("manager.Lock()") }.count, 1, "\(zh.map(\.text))")
        for later in zh.dropFirst() { XCTAssertTrue(later.text.hasPrefix("又一次同样的竞争（见 \(at) 那条注释）："), later.text) }
    }

    /// Four pair races, then a race of three: the notes past the first tell the largest (the three), not the next in
    /// record order; the count says what it counts (the races and the updates they lost), its premise asks each race.
    func testTheLargestLaterRacesAreToldAndTheCountSaysWhatItCounts() throws {
        var s = EventScript()
        for round in 0..<4 {
            let t = 10 + Double(round) * 2
            access(&s, t, "P-1", 11, "read", "\(round)")
            access(&s, t + 0.1, "P-2", 12, "read", "\(round)")
            access(&s, t + 0.5, "P-1", 11, "write", "\(round + 1)")
            access(&s, t + 0.6, "P-2", 12, "write", "\(round + 1)")
        }
        access(&s, 20, "P-1", 11, "read", "4")
        access(&s, 20.1, "P-2", 12, "read", "4")
        access(&s, 20.2, "P-3", 13, "read", "4")
        access(&s, 20.5, "P-1", 11, "write", "5")
        access(&s, 20.6, "P-2", 12, "write", "5")
        access(&s, 20.7, "P-3", 13, "write", "5")
        let timeline = s.timeline()
        let notes = Gaps24BTests.lostUpdateNotes(timeline)
        XCTAssertEqual(notes.count, 3, "\(notes.map(\.text))")
        guard notes.count == 3 else { return }
        XCTAssertTrue(notes[1].text.contains("P-1 and P-2 both read 1"), notes[1].text)
        XCTAssertTrue(notes[2].text.contains("P-1, P-2, P-3 all read 4") || notes[2].text.contains("P-1, P-2 and P-3 all read 4"), notes[2].text)
        XCTAssertTrue(notes[2].text.contains("2 updates were lost here"), notes[2].text)
        XCTAssertTrue(notes[2].text.hasSuffix("the record proves 2 more separate races like them through Manager proxies, not told one by one: in "
                                              + "each, two or more processes or threads read the same value and wrote without reading again; if "
                                              + "each value came from what was read, the updates lost in them come to at least 2."), notes[2].text)
        let replayer = StateReplayer(timeline: timeline)
        for note in notes { XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: replayer), note.text) }
        let zh = Language.with(.zh) { Gaps24BTests.lostUpdateNotes(timeline) }
        XCTAssertTrue(zh.count == 3 && zh[2].text.hasSuffix("记录还证明另有 2 次同样经由管理器代理发生的竞争，这里不再逐一说明：每一次都有两个或更多进程或线程读到同一个值，"
                                                            + "没有重新读取就写回；如果写入的值都是根据读到的值算出来的，这些竞争里至少又丢失了 2 次更新。"), "\(zh.map(\.text))")
    }

    /// g24c_simplequeue_put_wlock: the main thread's put() waited 504 ms for the SimpleQueue's write lock; the summary's
    /// queue line counted no wait and MainProcess's time put those 504 ms in "other". Both now count it, en and zh.
    func testASimpleQueuePutsWriteLockWaitIsInTheSummary() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try Gaps24CTests.transcript("g24c_simplequeue_put_wlock--\(method)"))
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("SimpleQueue#1: 2 puts, 2 gets"), "\(method): \(summary)")
            XCTAssertTrue(summary.contains(" · 1 put waited for the queue's write lock, held by another thread or process writing to the pipe ("),
                          "\(method): \(summary)")
            let main = ProcessTimeAnalysis(timeline).processes.first { $0.name == "MainProcess" }
            let queue = main?.waits.first { $0.reason == "queue" }?.ns ?? 0
            XCTAssertGreaterThan(queue, 200_000_000, "\(method): \(String(describing: main?.waits))")
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains(" · 有 1 次放入等待过队列的写锁，这把锁当时在另一个正往管道里写数据的线程或进程手里（共等了 "), "\(method): \(zh)")
        }
    }

    /// g25_poll_child_starting: the parent polls right after start(), still holding its own copy of the sending end, while
    /// the spawn or forkserver child given that end is starting (its `pipe.unpickled` comes after the poll). No note said
    /// the poll could not see an end of file; it now says so, naming the child whose copy was in flight, en and zh.
    func testAPollWhileAChildsCopyIsInFlightSaysItCouldNotSeeAnEOF() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g25_poll_child_starting--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .pipeEOFHidden }
            XCTAssertEqual(notes.count, 1, "\(method): \(notes.map(\.text))")
            guard let note = notes.first else { continue }
            XCTAssertTrue(timeline.events[note.eventIndex].is(.pipePoll), method)
            XCTAssertTrue(note.text.contains("so this poll() could not see an end of file"), note.text)
            XCTAssertTrue(note.text.contains(" sender had been started with a copy of Pipe#1 end B (start() pickled it for the child; the child "
                                             + "rebuilt it only after this poll began, as its record shows)"), note.text)
            let unpickled = try XCTUnwrap(timeline.events.first { $0.is(.pipeUnpickled) && $0.process == "sender" }, method)
            let poll = timeline.events[note.eventIndex]
            XCTAssertGreaterThan(unpickled.t, poll.t - (poll.waitedNs ?? 0), method)
            XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)), note.text)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .pipeEOFHidden } }
            XCTAssertTrue(zh.first?.text.contains("sender 启动时带着一份 Pipe#1 B 端的副本") == true, "\(zh.map(\.text))")
        }
    }
    /// g22b_killed_writer_queue_hang and r24_results_queue_join_first: a feeder thread's wait for the queue's write lock is
    /// left out of the ledger (gaps 25 counts only a SimpleQueue put()'s own), and the checker counted it as a begun wait
    /// all the same ("2 waits began, the ledger holds 1"). The two must count the same waits.
    func testAFeedersWriteLockWaitIsNeitherInTheLedgerNorCountedByTheChecker() throws {
        for name in ["g22b_killed_writer_queue_hang", "r24_results_queue_join_first"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = TimelineBuilder.build(try Gaps24CTests.transcript("\(name)--\(method)"))
                let feederWaits = timeline.events.filter { $0.is(.queueWlockWait) && $0.string(EventField.by) != "put" }
                XCTAssertFalse(feederWaits.isEmpty, "\(name)--\(method): the recording holds a feeder's write-lock wait")
                XCTAssertFalse(feederWaits.contains(where: WaitLedger.beginsAWait), "\(name)--\(method)")
                let notes = Annotator(timeline: timeline).notes()
                XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [], "\(name)--\(method)")
            }
        }
    }
}
