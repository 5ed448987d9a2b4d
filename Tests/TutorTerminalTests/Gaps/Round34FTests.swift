import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 34F (issue 11): programs that fail, hang or are killed the ways people meet at work; each finding on the
/// committed recording of the round's program.
final class Round34FTests: XCTestCase {
    private static let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func summary(_ t: Timeline, _ lang: Language = .en) -> String {
        Language.with(lang) { SummaryRenderer(timeline: t, capabilities: Self.caps).render() }
    }

    /// r34f_executor_oom_retry (spawn): three executors in turn, each broken by a worker that SIGKILLed itself. The
    /// second and third executors' notes named the first executor's dead workers too ("SpawnProcess-2 ended (exitcode -9)
    /// while running work item 2; SpawnProcess-1 …; SpawnProcess-3 …"), as if those had broken them. Each now names only
    /// the workers its own executor started.
    func testABrokenExecutorNamesOnlyItsOwnDeadWorkers() throws {
        let t = try Round22MTests.timeline("r34f_executor_oom_retry--spawn")
        let notes = Annotator(timeline: t).notes().filter { $0.text.contains("marks itself broken") }
        XCTAssertEqual(notes.map { t.events[$0.eventIndex].object ?? "" },
                       ["ProcessPoolExecutor#1", "ProcessPoolExecutor#2", "ProcessPoolExecutor#3"], "\(notes)")
        XCTAssertTrue(notes[0].text.hasPrefix("SpawnProcess-2 ended (exitcode -9) while running work item 2. The executor cannot tell what that worker"), notes[0].text)
        XCTAssertTrue(notes[1].text.hasPrefix("SpawnProcess-3 ended (exitcode -9) while running work item 0. The executor cannot tell what that worker"), notes[1].text)
        XCTAssertTrue(notes[2].text.hasPrefix("SpawnProcess-6 ended (exitcode -9) while running work item 0. The executor cannot tell what that worker"), notes[2].text)
        for note in notes.dropFirst() {
            XCTAssertFalse(note.text.contains("SpawnProcess-2") || note.text.contains("SpawnProcess-1 "), note.text)
        }
        // every method: a note names no worker another executor started
        for method in ["fork", "spawn", "forkserver"] {
            let t = try Round22MTests.timeline("r34f_executor_oom_retry--\(method)")
            var owner: [String: String] = [:]
            for e in t.events where e.is(.processSpawn) {
                if let ex = e.string(EventField.executor), let name = e.string(EventField.name) { owner[name] = ex }
            }
            for note in Annotator(timeline: t).notes() where note.text.contains("marks itself broken") {
                let mine = t.events[note.eventIndex].object ?? ""
                for (name, ex) in owner where ex != mine {
                    XCTAssertFalse(note.text.contains("\(name) ended"), "\(method): \(mine)'s note names \(name) of \(ex): \(note.text)")
                }
            }
        }
    }

    /// r34f_executor_alarm_left_armed (all three methods): work item 2's own TimeoutError (a leftover signal.alarm's
    /// handler) was read by the program's result(), which raised it, and the program caught it and printed "failed:
    /// TimeoutError …". The summary said "errors nobody read: work item 2: TimeoutError … no result() or exception()
    /// read it": a result() ending in TimeoutError was taken as its own timeout running out, though the Future had been
    /// set with that error before.
    func testAWorkItemsOwnTimeoutErrorReadByResultIsNotUnread() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let t = try Round22MTests.timeline("r34f_executor_alarm_left_armed--\(method)")
            let en = summary(t)
            XCTAssertTrue(en.contains("1 raised an exception"), "\(method): \(en)")
            XCTAssertFalse(en.contains("errors nobody read"), "\(method): \(en)")
            XCTAssertFalse(summary(t, .zh).contains("没有人读取的错误"), method)
        }
    }

    /// r34f_manager_block_closed_early (forkserver): one chunk of the map_async job raised FileNotFoundError, five never
    /// finished; the program's get(timeout=4) waited and gave up. The summary said "errors nobody read: task 0
    /// (map_async): FileNotFoundError … no get() read it … (get() would have raised it)": false, a MapResult is ready only
    /// when every chunk has finished (pool.py `MapResult._set`), so no get() could have raised it. (Seen first on the
    /// spawn recording made before the tracer's fix, "2 of its 6 chunks, 4 never finished"; the spawn recording made
    /// after it has no chunk that ran.)
    func testAMapAsyncJobThatNeverBecameReadyIsNotSaidReadable() throws {
        let t = try Round22MTests.timeline("r34f_manager_block_closed_early--forkserver")
        let en = summary(t)
        XCTAssertFalse(en.contains("errors nobody read"), en)
        XCTAssertTrue(en.contains("errors no get() could read: task 0 (map_async): FileNotFoundError in 1 of its 6 chunks, 5 never "
            + "finished. A get() waited for each and gave up at its timeout: a map_async() or starmap_async() result is ready only "
            + "when every one of its chunks has finished, and only then does get() raise the first error"), en)
        let zh = summary(t, .zh)
        XCTAssertTrue(zh.contains("没有任何 get() 能读到的错误：task 0（map_async）：6 块中有 1 块抛出 FileNotFoundError，5 块始终没做完。"), zh)
        XCTAssertFalse(zh.contains("没人读取的错误"), zh)
    }

    /// r34f_manager_block_closed_early (fork): every worker took a task whose Manager proxy could not reach the shut-down
    /// server (pool.task.get.error since this round's tracer fix) and left; the hang's "Why" only repeated the wait
    /// ("MainProcess waits in join() for Pool#1 to finish … since 7.359 s."). It now says which tasks were lost, and how.
    func testAHangOnAPoolWhoseWorkersCouldNotUnpickleTheirTasksSaysWhy() throws {
        let t = try Round22MTests.timeline("r34f_manager_block_closed_early--fork")
        let why = HangExplainer(timeline: t).explanations()
        XCTAssertTrue(why.contains { $0.hasPrefix("MainProcess waits in join() for Pool#1 to finish (every result collected, then every "
            + "worker ended) since 7.359 s, but 6 tasks of Pool#1 were taken off its task queue by workers that could not unpickle "
            + "them (ForkPoolWorker-1, FileNotFoundError at 3.345 s; ") && $0.hasSuffix(" and 2 more): a Pool worker that fails to read "
            + "its next task leaves, the pool starts another in its place, and the task is never sent again, so those results never "
            + "come and the pool never finishes.") }, "\(why)")
        let zh = Language.with(.zh) { HangExplainer(timeline: t).explanations() }
        XCTAssertTrue(zh.contains { $0.contains("但 Pool#1 有 6 个任务被工作进程从任务队列取走后无法反序列化（ForkPoolWorker-1，3.345 s 时 FileNotFoundError；") }, "\(zh)")
        // a hang whose pool lost no taken task gets no such reason (the thumbnail worker died inside its task)
        let thumbs = try Round22MTests.timeline("r34f_thumbnails_oom_imap--fork")
        XCTAssertFalse(HangExplainer(timeline: thumbs).explanations().contains { $0.contains("could not unpickle") })
    }
}
