import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 14A: wording and counts that rounds 13 and 13F saw wrong.
final class Gaps14ACountTests: XCTestCase {
    /// r13f_hung_worker_terminate: "its 1 pending Future fail with BrokenProcessPool" (noteBrokenWhy had no singular). Its one
    /// worker was the one that ended: no other worker to stop (round 27F).
    func testABrokenNoteWithOnePendingFutureSaysFails() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkProcess-1")),
                                                                   ("daemon", .bool(false)), ("executor", .string("ProcessPoolExecutor#1"))])
        s.add(3, pid: 201, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("func", .string("work"))])
        s.add(5, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("work"))])
        s.add(6, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("at_exit", .bool(false))])
        let broken = s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
                           [("pending", .int(1)), ("error", .string(""))])
        s.add(9, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(-15))])
        let note = try XCTUnwrap(Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == broken }?.text)
        XCTAssertTrue(note.contains("so it marks itself broken: its 1 pending Future fails with BrokenProcessPool (it had no other worker to stop)"), note)
        XCTAssertFalse(note.contains("Future fail "), note)
    }

    /// r13f_nested_process_pools: "ProcessPoolExecutor#4 (max_workers 2): 0 work items submitted" though its failed submit()
    /// had made and queued work item 0.
    func testTheSummaryCountsAWorkItemAFailedSubmitHadQueued() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#4", [("max_workers", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#4",
              [("func", .string("leaf")), ("error_type", .string("AssertionError")),
               ("error", .string("AssertionError: daemonic processes are not allowed to have children")), ("queued", .int(0))])
        let summary = SummaryRenderer(timeline: s.timeline(), capabilities: TerminalCapabilities(color: false, unicode: true, width: 400,
                                                                                                 isInteractive: false)).render()
        XCTAssertTrue(summary.contains("ProcessPoolExecutor#4 (max_workers 2): 0 work items submitted (and work item 0, made and queued by "
                                       + "a submit() that then raised: the program never got its Future)"), summary)
    }

    /// r13f_queue_initargs_vs_submit (spawn): "10 helper lane(s) hidden (… 4 names, 1 more)": the total counted lanes, the
    /// list distinct names (six handle_request threads of the manager).
    func testHiddenHelperLanesAreCountedAsLanesInTheListToo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 150, ppid: 100, process: "resource tracker", .processStart,
              [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])
        s.add(2, pid: 102, ppid: 100, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        var t = 3.0
        for thread in ["accepter", "Thread-1 (handle_request)", "Thread-2 (handle_request)", "Thread-3 (handle_request)", "serve_client"] {
            s.add(t, pid: 102, ppid: 100, process: "SyncManager-1", .threadStart, [("name", .string(thread)), ("daemon", .bool(true)), ("infra", .bool(true))])
            s.add(t + 0.5, pid: 102, ppid: 100, process: "SyncManager-1", thread: thread, .threadExit, [("name", .string(thread))])
            t += 1
        }
        s.add(20, pid: 101, ppid: 100, process: "SpawnProcess-1", .processStart, [("name", .string("SpawnProcess-1")), ("role", .string("child"))])
        s.add(21, pid: 101, ppid: 100, process: "SpawnProcess-1", .threadStart,
              [("name", .string("QueueFeederThread")), ("daemon", .bool(true)), ("infra", .bool(true))])
        s.add(22, pid: 101, ppid: 100, process: "SpawnProcess-1", thread: "QueueFeederThread", .threadExit, [("name", .string("QueueFeederThread"))])
        let timeline = s.timeline()
        let hidden = timeline.lanes.filter(\.isInfrastructure)
        let warnings = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).completenessWarnings().joined(separator: "\n")
        let line = warnings.split(separator: "\n").first { $0.contains("hidden (") }.map(String.init) ?? warnings
        XCTAssertTrue(line.hasPrefix(" \(hidden.count) helper lane\(hidden.count == 1 ? "" : "s") hidden ("), line)
        // every hidden lane is counted once in the list: a name with its count, the rest in "N more"
        let inside = line.range(of: "hidden (").map { line[$0.upperBound...].prefix { $0 != ")" } } ?? ""
        let counted = inside.components(separatedBy: ", ").reduce(0) { sum, part in
            if part.hasSuffix(" more") { return sum + (Int(part.dropLast(5)) ?? 0) }
            if let times = part.range(of: " ×") { return sum + (Int(part[times.upperBound...]) ?? 0) }
            return sum + 1
        }
        XCTAssertEqual(counted, hidden.count, line)
        XCTAssertTrue(line.contains("×3"), line)
    }
}
