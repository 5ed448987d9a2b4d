import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 24A: a spawn/forkserver child's `process.boot` is written before its import of the main module, so a child that
/// hangs or dies there has a lane, and the notes say where its record ends.
final class Gaps24ATests: XCTestCase {
    private func timeline(_ name: String, _ method: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name)--\(method).jsonl"))
    }

    /// g24a_import_hang: the child sleeps at module level under __mp_main__. Before, the watchdog quoted its boot row
    /// ("last recorded … “worker (pid …) is up…”"), or, without a boot line, nothing of it at all.
    func testTheWatchdogSaysAChildHungInItsImportOfTheMainModule() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try timeline("g24a_import_hang", method)
            let notes = Annotator(timeline: timeline).notes().map(\.text)
            let watchdog = try XCTUnwrap(notes.first { $0.contains("the watchdog stopped the run") }, "\(notes)")
            XCTAssertTrue(watchdog.contains("and recorded nothing since: it had begun importing the program's file g24a_import_hang.py as __mp_main__, before run(), and had not reached run()"), watchdog)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().map(\.text).joined() }
            XCTAssertTrue(zh.contains("它已开始把程序文件 g24a_import_hang.py 作为 __mp_main__ 导入"), zh)
        }
    }

    /// g24a_import_raises: the first child raises in its import (exit 1, no run()); the second imports quietly. The exit
    /// note says where the first one's record ends; the second's boot, with nothing of its own before its start, draws
    /// no row, and its start row keeps "started".
    func testAChildThatDiedInItsImportAndAQuietOne() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try timeline("g24a_import_raises", method)
            let notes = Annotator(timeline: timeline).notes().map(\.text)
            XCTAssertTrue(notes.contains { $0.contains("worker exited with code 1: an uncaught exception (or sys.exit(1)) before run() began: its record ends in its import of the program's file g24a_import_raises.py as __mp_main__") }, "\(notes)")
            let boots = timeline.indices(of: .processBoot)
            XCTAssertEqual(boots.count, 2, method)
            XCTAssertEqual(boots.map { StateQueries.isBareBoot($0, in: timeline) }, [false, true], method)
            let screen = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).render()
            XCTAssertTrue(screen.contains("worker (pid "), screen)
            XCTAssertFalse(screen.contains("fixed (pid "), screen)       // its boot row ("fixed (pid …) is up: …") is not drawn
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let start = try XCTUnwrap(timeline.indices(of: .processStart).first { timeline.events[$0].process == "fixed" })
            XCTAssertFalse(describer.describe(start).contains("its import of"), describer.describe(start))
        }
    }

    /// g24a_selector_wait: the parent's selectors.select() over a Pipe end and a sentinel. Before, it had no row and its
    /// time was "other" in the summary.
    func testAProgramsSelectorSelectIsAWaitRowAndCounted() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try timeline("g24a_selector_wait", method)
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let rows = timeline.indices(of: .connectionWait).map { describer.describe($0) }
            // two waits, or three when one of the pipe's end of file and the sentinel was ready before the other (then the
            // other alone: the program loops until both are done, load 33)
            XCTAssertEqual(Array(rows.prefix(2)), Array(repeating: "waits in selector.select() until one of Pipe#1 end A, sender's sentinel is ready", count: 2), method)
            // (one object alone reads "until sender's sentinel is ready": gaps 27B)
            let alone = ["waits in selector.select() until sender's sentinel is ready", "waits in selector.select() until Pipe#1 end A is ready"]
            XCTAssertTrue(rows.count <= 3 && rows.prefix(2).allSatisfy { $0.hasPrefix("waits in selector.select() until one of ") }
                          && rows.dropFirst(2).allSatisfy { alone.contains($0) }, "\(rows)")
            let returned = timeline.indices(of: .connectionWaited).map { describer.describe($0) }
            XCTAssertTrue(returned.first?.hasPrefix("selector.select() returned after ") == true, "\(returned)")
            XCTAssertTrue(returned.first?.hasSuffix(": ready: Pipe#1 end A") == true, "\(returned)")
            let main = try XCTUnwrap(timeline.processes.first { $0.role == "main" })
            let waits = try XCTUnwrap(ProcessTimeAnalysis(timeline).processes.first { $0.pid == main.pid }, method).waits
            let wait = try XCTUnwrap(waits.first { $0.reason == "selector select()" }?.ns, "\(waits)")
            XCTAssertGreaterThan(wait, 500_000_000, method)      // 0.4 s then 0.3 s in the two selects
            let zh = Language.with(.zh) { describer.describe(timeline.indices(of: .connectionWait)[0]) }
            XCTAssertEqual(zh, "在 selector.select() 中等待 Pipe#1 的 A 端、sender 的 sentinel，直到其中有一个就绪", method)
        }
    }

    /// g24a_sharedctypes_copy: sharedctypes.copy() of a Value's get_obj() and of a RawArray. Before, nothing recorded
    /// either copy (round 22M's r22m_sharedctypes_copy_synchronized).
    func testASharedctypesCopyIsANewObjectMarkedAsACopy() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try timeline("g24a_sharedctypes_copy", method)
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let rows = timeline.indices(of: .sharedCreate).map { describer.describe($0) }
            XCTAssertEqual(rows.count, 4, "\(rows)")
            XCTAssertTrue(rows.contains("Value#2 = sharedctypes.copy(Value#1) (c_int = 7): a copy of Value#1 in new shared memory, not Value#1 itself: "
                                        + "a change to either does not show in the other; raw: no lock, reads and writes not traced"), "\(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("Array#2 = sharedctypes.copy(Array#1) (c_double[2] = ") }, "\(rows)")
            let zh = Language.with(.zh) { timeline.indices(of: .sharedCreate).map { describer.describe($0) } }
            XCTAssertTrue(zh.contains { $0.hasPrefix("Value#2 = sharedctypes.copy(Value#1)（c_int = 7）：Value#1 在新共享内存里的一份副本") }, "\(zh)")
        }
    }

    /// g24a_barrier_action: Barrier(2, action=announce). Before, the create row said "2 parties" only and the last
    /// arriver's row "releases everyone", with announce()'s print on its lane unexplained (round 22M).
    func testABarriersActionIsNamedAtItsCreateAndItsLastArrivals() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try timeline("g24a_barrier_action", method)
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let creates = timeline.indices(of: .barrierCreate).map { describer.describe($0) }
            XCTAssertEqual(creates.first, "Barrier#1 created: 2 parties · action announce(): the last to arrive at each round calls it before the others go on", method)
            XCTAssertEqual(creates.dropFirst().first, "Barrier#2 created: 1 party", method)
            let lasts = timeline.indices(of: .barrierWake).filter { timeline.events[$0].bool(EventField.last) == true }.map { describer.describe($0) }
            XCTAssertEqual(lasts.filter { $0 == "arrives last at Barrier#1: ran its action announce() first, then released everyone · wait() returned 1" }.count, 2, "\(lasts)")
            XCTAssertTrue(lasts.contains("arrives last at Barrier#2: releases everyone · wait() returned 0"), "\(lasts)")
            let zh = Language.with(.zh) { describer.describe(timeline.indices(of: .barrierCreate)[0]) }
            XCTAssertTrue(zh.hasSuffix(" · 动作 announce()：每一轮最后到达的那个先调用它，其他等待者才继续"), zh)
        }
    }
}
