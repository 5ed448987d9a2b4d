import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 34A (issue 11, item 2): Ctrl-C in a terminal while `mp-tutor trace` runs a Pool. mp-tutor, in the terminal's
/// foreground group, passes it on as SIGINT to every process of the run (its own process group), as a terminal would
/// to a program run alone. Each worker raises KeyboardInterrupt in its worker loop and the timeline says which SIGINT
/// that was (before: "run() raised KeyboardInterrupt" with no why); mp-tutor ends with 130 as README says, nothing of
/// the run survives, and the terminal's modes are as they were.
final class Gaps34ACtrlCTmuxTests: XCTestCase {
    static let program = """
        import multiprocessing as mp, os, sys, time
        def hello(q):
            q.put(os.getpid())
        def slow(n):
            time.sleep(60)
            return n
        if __name__ == "__main__":
            ctx = mp.get_context(sys.argv[1])
            started = ctx.Queue()
            with ctx.Pool(3, initializer=hello, initargs=(started,)) as pool:
                for _ in range(3):
                    started.get(timeout=30)
                with open("ready.txt", "w") as f:
                    f.write("ready\\n")
                print(pool.map(slow, range(6)))

        """

    func testCtrlCInATracedPoolIsToldForEachWorkerAndLeavesNothing() throws {
        _ = try RunTestSupport.python()
        var endsOverMethods = 0
        for method in ["fork", "spawn", "forkserver"] {
            let pane = try TmuxPane(name: "g34a\(method)", width: 160, height: 40)
            defer { pane.close() }
            try Self.program.write(toFile: pane.directory + "/pool_wait.py", atomically: true, encoding: .utf8)
            let marker = "MPTUTOR_G34A=" + UUID().uuidString
            try pane.keys("cd \(pane.directory) && stty -a > before.txt", "Enter")
            try pane.waitForFile("before.txt")
            // mp-tutor ends killed by SIGINT (status 130), and an interactive shell then drops the rest of the line: the
            // subshell's trap keeps it, as a script would
            try pane.keys("(trap true INT; \(marker) \(BinaryHarness.binary) trace --width 150 --color never --timeout 90 --record rec.jsonl pool_wait.py \(method)"
                          + "; echo \"status $?\" > status.txt); stty -a > after.txt", "Enter")
            try pane.waitForFile("ready.txt", timeout: 60)
            try pane.keys("C-c")
            try pane.assertRunEnded(status: 130, marker: marker)
            let transcript = try TranscriptReader.read(path: pane.directory + "/rec.jsonl")
            XCTAssertEqual(transcript.trailer?.run.interrupted, true, method)
            let sentAt = try XCTUnwrap(transcript.trailer?.run.interruptSentNs, method)
            // each worker's run() ended by KeyboardInterrupt after the SIGINT mp-tutor sent, none before it
            let ends = transcript.events.filter { $0.is(.processRunEnd) && $0.process.contains("PoolWorker") && $0.t >= sentAt }
            // The main process got the same SIGINT, and its with block's terminate() races each worker's KeyboardInterrupt:
            // a worker still inside run() when terminate() came was ended by SIGTERM instead (clean 36: under spawn at load,
            // 0 of 3 in 1 run of 5; the record said so truly). So 0 to 3 per method, and at least one over the three.
            XCTAssertTrue((0...3).contains(ends.count), "\(method): \(transcript.events.filter { $0.is(.processRunEnd) })")
            endsOverMethods += ends.count
            XCTAssertTrue(ends.allSatisfy { $0.string(EventField.raised) == "KeyboardInterrupt" && $0.string(EventField.interrupt) == "signal" }, method)
            let text = try Gaps32BAtexitIntegrationTests.replay(try String(contentsOfFile: pane.directory + "/rec.jsonl", encoding: .utf8))
            let notes = Gaps34AChildInterruptIntegrationTests.notes(text, "PoolWorker-").filter { $0.contains("'s run() ended by an uncaught KeyboardInterrupt") }
            XCTAssertEqual(notes.count, ends.count, "\(method): \(text)")
            for note in notes {
                XCTAssertTrue(note.contains("when the Ctrl-C reached it. mp-tutor passed the Ctrl-C on as SIGINT to every process of the run at \(Format.seconds(sentAt))"), "\(method): \(note)")
            }
            // the main process: its map() raised KeyboardInterrupt too, and Python ended it by SIGINT at exit
            XCTAssertTrue(text.contains("MainProcess was ended by SIGINT"), "\(method): \(text)")
        }
        XCTAssertGreaterThan(endsOverMethods, 0, "no worker's run() ended by the KeyboardInterrupt under any start method")
    }
}
