import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 27S: more of a learner's changes to a lesson's demo; each on its committed recording.
final class Round27STests: XCTestCase {
    static func notes(_ name: String, lang: Language = .en) throws -> (Timeline, [Note]) {
        let timeline = try Gaps16BTests.corpus(name)
        return (timeline, Language.with(lang) { Gaps16BTests.notes(timeline) })
    }

    /// r27s_semaphore_close_put_terminate: Semaphore(1) in place of a Lock; main acquired it and a child that never
    /// acquired it released it. The waits after read "whose units were held in that time by MainProcess and c1": two
    /// units of a Semaphore of one, and main held none. The note now names only the holder and says where main's went.
    func testASemaphoreUnitGivenBackByAnotherIsNotNamedAsHeld() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (timeline, notes) = try Self.notes("r27s_semaphore_close_put_terminate--\(method)")
            let waits = notes.filter { $0.kind == .lockWaitHolders }
            XCTAssertFalse(waits.isEmpty, method)
            for note in waits {
                XCTAssertFalse(note.text.contains("MainProcess and"), note.text)
                XCTAssertFalse(note.text.contains("and MainProcess"), note.text)
                XCTAssertTrue(note.text.contains("waited"), note.text)
                XCTAssertTrue(note.text.contains(", held by c"), note.text)
                XCTAssertTrue(note.text.contains("; MainProcess held no unit of it then: its acquire() at "), note.text)
                XCTAssertTrue(note.text.contains(" had been given back by releaser's release() at "), note.text)
                XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)), method)
            }
            let (_, zh) = try Self.notes("r27s_semaphore_close_put_terminate--\(method)", lang: .zh)
            XCTAssertTrue(zh.filter { $0.kind == .lockWaitHolders }.allSatisfy { $0.text.contains("MainProcess 那时并没有占着它的名额") }, method)
        }
    }

    /// r20h_semaphore_release_to_unstick keeps its words: a was inside when the parent's release() let b in.
    func testASemaphoreReleasedForAWaiterStillNamesTheHolderInside() throws {
        let (_, notes) = try Self.notes("r20h_semaphore_release_to_unstick--fork")
        let note = try XCTUnwrap(notes.first { $0.kind == .lockWaitHolders })
        XCTAssertTrue(note.text.contains("though MainProcess had never acquired Semaphore#1, while a had not released it"), note.text)
        XCTAssertFalse(note.text.contains("held no unit of it then"), note.text)
    }

    /// r27s_pipe_parent_end_closed--fork: the parent closed both its ends right after start(); the forked Listener's
    /// poll(3) found nothing because it held its own inherited copy of end A. The note ended "Close your own copy of
    /// the end you give a child right after start()": what the parent had done. It now says the parent's close closed
    /// only its own copy, and what would end such a wait.
    func testAForkedPollersOwnInheritedCopyIsWhatHidTheEOF() throws {
        let (timeline, notes) = try Self.notes("r27s_pipe_parent_end_closed--fork")
        let note = try XCTUnwrap(notes.first { $0.kind == .pipeEOFHidden })
        XCTAssertTrue(note.text.hasPrefix("Listener still held its own copy of Pipe#1 end A (it was forked from MainProcess while that held it"), note.text)
        XCTAssertFalse(note.text.contains("Close your own copy of the end you give a child right after start()"), note.text)
        XCTAssertTrue(note.text.contains("MainProcess closed its own copy of end A at 0.921 s, after start(): that closed only MainProcess's."), note.text)
        XCTAssertTrue(note.text.contains("Pass end A to Listener as well and close it there first, or start Listener with spawn or forkserver"), note.text)
        XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)))
        let (_, zh) = try Self.notes("r27s_pipe_parent_end_closed--fork", lang: .zh)
        let zhNote = try XCTUnwrap(zh.first { $0.kind == .pipeEOFHidden })
        XCTAssertTrue(zhNote.text.contains("MainProcess 在 start() 之后于 0.921 s 关闭了自己那份 A 端"), zhNote.text)
        // spawn: the child got only end B; its recv() raised EOFError, and no such note
        let (_, spawn) = try Self.notes("r27s_pipe_parent_end_closed--spawn")
        XCTAssertFalse(spawn.contains { $0.kind == .pipeEOFHidden })
    }
}

extension Round27STests {
    /// The same run's state panel listed "held by MainProcess since 1.003 s, c2 since 1.152 s" for a Semaphore(1); it
    /// now says beside MainProcess that its unit was given back. r20h's `a`, inside while the parent's release() let
    /// a waiting `b` in, is listed plainly (gaps 21A).
    func testTheStatePanelSaysWhoseSemaphoreUnitWasGivenBack() throws {
        let timeline = try Gaps16BTests.corpus("r27s_semaphore_close_put_terminate--fork")
        let replayer = StateReplayer(timeline: timeline)
        let events = timeline.events
        let c2In = try XCTUnwrap(events.indices.first { events[$0].is(.lockAcquire) && events[$0].process == "c2" })
        let lock = try XCTUnwrap(replayer.state(after: c2In).locks.first { $0.label == "Semaphore#1" })
        XCTAssertEqual(lock.holders.map(\.who), ["MainProcess", "c2"])
        XCTAssertEqual(lock.paidBack?.who, "MainProcess")
        XCTAssertEqual(lock.paidBack?.releaser, "releaser")
        let text = StatePanel(state: replayer.state(after: c2In), painter: Painter(capabilities: .plain), width: 400, hidesInfrastructure: true)
            .lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("held by MainProcess since 1.003 s (its unit given back by releaser's release() at 1.020 s: it holds none), c2 since 1.152 s"), text)
        let r20h = try Gaps16BTests.corpus("r20h_semaphore_release_to_unstick--fork")
        let bIn = try XCTUnwrap(r20h.events.indices.first { r20h.events[$0].is(.lockAcquire) && r20h.events[$0].process == "b" })
        let sem = try XCTUnwrap(StateReplayer(timeline: r20h).state(after: bIn).locks.first { $0.label == "Semaphore#1" })
        XCTAssertEqual(sem.holders.map(\.who), ["a", "b"])
        XCTAssertNil(sem.paidBack)
    }
}
