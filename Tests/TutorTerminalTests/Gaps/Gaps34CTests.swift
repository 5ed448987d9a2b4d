import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 34C (issue 11): what rounds 33 and 33T saw and left, each on the committed recording of its program.
final class Gaps34CTests: XCTestCase {
    /// r33_monitor_forever_hang (every method): the watchdog's list opened with "monitor (pid …) last printed "progress:
    /// 60" at 11.148 s, then recorded nothing (blocked or busy)", and its reason then said monitor "went on running, and
    /// recorded 64 event(s) after that join began". The opening now says it was running, in no recorded wait, and names
    /// its last event; the premise holds; a child blocked in a wait keeps the generic words.
    func testAJoinedChildThatKeptRunningIsNotSaidBlockedOrBusy() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33_monitor_forever_hang--\(method)")
            let note = try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .watchdog }, method)
            XCTAssertFalse(note.text.contains("(blocked or busy)"), "\(method): \(note.text)")
            XCTAssertTrue(note.text.range(of: #"monitor \(pid \d+\) was running, in no recorded wait: its last event before the stop was printing "progress: \d+" at \d+\.\d{3} s"#,
                                          options: .regularExpression) != nil, "\(method): \(note.text)")
            XCTAssertTrue(note.text.contains("it went on running"), "\(method): the reason stays: \(note.text)")
            XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)), method)
            let zh = try Language.with(.zh) { try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .watchdog }?.text) }
            XCTAssertTrue(zh.contains("一直在运行，不在任何记录下来的等待之中：停止之前它的最后一个事件，是在"), "\(method): \(zh)")
            XCTAssertFalse(zh.contains("阻塞了或在忙"), "\(method): \(zh)")
        }
        // a consumer blocked in get() under the same exit join keeps "waits in …"; nothing is said running
        let sentinel = try XCTUnwrap(Gaps16BTests.notes(try Gaps16BTests.corpus("r33_empty_then_one_sentinel--fork")).first { $0.kind == .watchdog })
        XCTAssertFalse(sentinel.text.contains("was running, in no recorded wait"), sentinel.text)
    }

    /// r33t_pool_shared_by_thread (every method): the step panel after a pool worker's `run()` returned (the row "run()
    /// returned; cleaning up before exit") said "idle; its pool is being terminated: it takes no more tasks", as before
    /// it: the pool's view of a worker now in multiprocessing's exit cleanup. It now says run() ended and it is in its
    /// exit cleanup, from the run's end to the process's exit, whether terminate() came before or after.
    func testAWorkerInItsExitCleanupIsNotCalledIdle() throws {
        var seen = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33t_pool_shared_by_thread--\(method)")
            let replayer = StateReplayer(timeline: timeline)
            for (index, e) in timeline.events.enumerated() where e.is(.processRunEnd) && e.process.contains("PoolWorker") {
                let state = replayer.state(after: index)
                let activity = try XCTUnwrap(state.processes.last { $0.pid == e.pid }).activity
                XCTAssertFalse(activity.contains("idle"), "\(method) \(e.process): \(activity)")
                XCTAssertTrue(activity.hasPrefix("run() ended at \(Format.seconds(e.t)); in its exit cleanup"), "\(method): \(activity)")
                let zh = Language.with(.zh) { StateReplayer(timeline: timeline).state(after: index).processes.last { $0.pid == e.pid }?.activity ?? "" }
                XCTAssertTrue(zh.contains("正在做退出清理"), zh)
                seen += 1
            }
        }
        XCTAssertGreaterThanOrEqual(seen, 3, "a worker's run() end in each recording")
    }

    /// r33t_line_feeder_pool (every method): the collector's `as_completed(batch, timeout=5)` row read "waits in
    /// as_completed() for work items 0, 1, 2, 3" with no word of the timeout. Its wait's `timeout` is what is left of
    /// as_completed()'s (end_time - monotonic()): the row now says it, as that; wait() and shutdown() rows are unchanged.
    func testAnAsCompletedWaitSaysWhatIsLeftOfItsTimeout() throws {
        var seen = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33t_line_feeder_pool--\(method)")
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            for (index, e) in timeline.events.enumerated() where e.is(.executorWait) {
                let row = describer.describe(index)
                if e.string(EventField.call) == "as_completed()" {
                    let left = try XCTUnwrap(e.fields[EventField.timeout]?.doubleValue)
                    XCTAssertTrue(row.hasSuffix(", at most \(Format.duration(left)) more (what is left of as_completed()'s timeout)"), "\(method): \(row)")
                    let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(index) }
                    XCTAssertTrue(zh.contains("（as_completed() 的超时还剩下的时间）"), zh)
                    seen += 1
                } else {
                    XCTAssertFalse(row.contains("what is left of"), row)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(seen, 3)
    }
}
