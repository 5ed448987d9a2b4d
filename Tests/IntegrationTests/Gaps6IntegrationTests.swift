import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 6's programs (issue 11's tracer gaps, docs/truth-review.md) run live through the binary; `mp-tutor check`
/// judges every recorded run.
final class Gaps6IntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// r5b_shared_memory_list showed only the processes. Segments now have rows and labels in every process, a
    /// ShareableList's items are read and written on rows, and a segment nobody unlinked is said, in both languages.
    func testSharedMemoryHasRowsAndASegmentNeverUnlinkedIsSaid() throws {
        var chinese = ""
        let (screen, transcript) = try trace("g6t_shared_memory_leak.py", method: "spawn") { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
                .replacingOccurrences(of: "\n    ", with: "")
        }
        XCTAssertTrue(screen.range(of: #"SharedMemory#1 created: shared memory segment psm_\w+, 8 bytes"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("ShareableList#1 created: ShareableList [0, 'idle']"), screen)
        XCTAssertEqual(transcript.events.filter { $0.is(.shmAttach) }.count, 4, "each child attaches to both segments")
        XCTAssertTrue(screen.contains("ShareableList#1.unlink(): the segment's name"), screen)
        XCTAssertTrue(screen.contains("No process unlinked SharedMemory#1"), screen)
        XCTAssertTrue(chinese.contains("没有任何进程 unlink 过 SharedMemory#1"), chinese)
        // the program's own count of what was lost, and the note's (when the race lost any)
        let printed = try XCTUnwrap(transcript.events.first { $0.is(.print) && ($0.text ?? "").hasPrefix("total ") }?.text)
        let lost = try XCTUnwrap(printed.split(separator: " ").dropFirst(5).first)
        if lost != "0" { XCTAssertTrue(screen.contains("of the 6000 updates, and \(lost) were lost"), screen) }
    }

    func testAQueuesCloseAndJoinThreadAndTheSettingsHaveRows() throws {
        let (screen, _) = try trace("g6t_queue_close_join.py", method: "fork")
        XCTAssertTrue(screen.contains("set_forkserver_preload(['json']): the forkserver imports these modules"), screen)
        XCTAssertTrue(screen.contains("Queue#1.close(): this process can no longer put or get on it; its feeder thread writes what was put"), screen)
        XCTAssertTrue(screen.range(of: #"Queue#1.join_thread\(\) returned after \d+ ms: its feeder thread has ended"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("put() on Queue#1 raised ValueError: the queue was closed"), screen)
        XCTAssertTrue(screen.contains("Queue#2.join_thread() returned: there was no feeder thread to join"), screen)
        XCTAssertTrue(screen.contains("Queue#3.cancel_join_thread()"), screen)
    }

    func testConnectionWaitNamesWhatWasReady() throws {
        let (screen, _) = try trace("g6t_wait_named.py", method: "fork")
        XCTAssertTrue(screen.contains("waits in connection.wait() until one of Pipe#1 end A, Pipe#2 end A, a socket, Process-1's sentinel is ready"), screen)
        XCTAssertTrue(screen.contains("ready: Process-1's sentinel"), screen)
        XCTAssertTrue(screen.contains("ready: Pipe#1 end A"), screen)
    }

    func testAThreadingSemaphoresFailedTriesAreCounted() throws {
        let (screen, transcript) = try trace("g6t_thread_semaphore_tries.py", method: "fork")
        XCTAssertTrue(screen.contains("acquire(blocking=False) on BoundedSemaphore#1 failed: no unit was free"), screen)
        let tries = transcript.events.filter { $0.is(.lockBusy) }.reduce(Int64(0)) { $0 + ($1.int("tries") ?? 0) }
        XCTAssertGreaterThan(tries, 5)
        XCTAssertTrue(screen.contains(", \(tries) acquire(blocking=False) call(s) failed (no unit was free)"), screen)
    }

    func testASubmitThatRaisedHasARow() throws {
        let (screen, _) = try trace("g6t_submit_broken.py", method: "fork")
        XCTAssertTrue(screen.range(of: #"submit\(square\) on ProcessPoolExecutor#1 raised BrokenProcessPool: no work item was made \(the executor broke at [0-9.]+ s\)"#,
                                   options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("submit(square) on ProcessPoolExecutor#2 raised RuntimeError: no work item was made"), screen)
    }

    /// A Manager whose server process failed before it answered: start() blocked with no wait event, then raised.
    func testAManagerWhoseServerNeverAnsweredIsAWaitThatEndsInAnError() throws {
        let (screen, transcript) = try trace("g6t_manager_start_fails.py", method: "spawn")
        XCTAssertTrue(screen.contains("SyncManager.start() waits for its server process to start and send its address"), screen)
        XCTAssertTrue(screen.range(of: #"SyncManager.start\(\) raised EOFError after [0-9.]+ m?s: its server process \(pid \d+\) never sent its address"#,
                                   options: .regularExpression) != nil, screen)
        let failed = try XCTUnwrap(transcript.events.first { $0.is(.managerStartError) })
        let created = try XCTUnwrap(transcript.events.first { $0.is(.managerCreate) })
        let manager = (failed.waitedNs ?? 0) + (created.waitedNs ?? 0)
        // the summary counts both start() waits as waiting for the manager
        let line = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("MainProcess  of") })
        XCTAssertTrue(line.contains("manager " + Format.duration(ns: manager)) || manager < 1_000_000, String(line) + " vs \(manager)")
    }
}
