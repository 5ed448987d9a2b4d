import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A task of imap over a generator may not have been made yet, and the note says so.
final class ImapGeneratorNoteTests: XCTestCase {
    /// r7a_pool_imap_lazy_source: imap over a generator that reads slowly: "107 ms while a worker was free and this one had
    /// not started (still on its way to a worker)", while the item did not exist yet: the pool's task-handler thread was
    /// running the generator to make it.
    func testATaskOfImapOverAGeneratorMayNotHaveBeenMadeYet() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(5, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("method", .string("imap")), ("func", .string("parse")), ("args", .string("<generator>")), ("chunks", .null)])
        s.add(105, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .print,
              [("stream", .string("stdout")), ("text", .string("read line 0"))])
        s.add(106, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart,
              [("job", .int(0)), ("index", .int(0)), ("func", .string("parse")), ("args", .string("('row0',)"))])
        let timeline = s.timeline()
        let note = Annotator(timeline: timeline).notes().first { $0.kind == .taskWait }
        XCTAssertEqual(note?.text, "task 0 started 101 ms after it was submitted: 101 ms while a worker was free and this one had not started: "
                       + "imap() was given a generator, and the pool's task-handler thread takes its items one at a time as it sends them, "
                       + "running the generator's own code on that thread, so this item may not have been made yet (or it was on its way to a worker).")
    }
}
