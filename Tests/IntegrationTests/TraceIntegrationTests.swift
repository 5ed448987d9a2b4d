import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// `mp-tutor trace` on small programs, the watchdog, Ctrl-C, and the errors a learner can run into.
final class TraceIntegrationTests: XCTestCase {
    func testTraceShowsProcessesQueuesAndLocks() throws {
        let script = try BinaryHarness.script("small.py", """
        import multiprocessing as mp

        def child(q, lock):
            with lock:
                q.put("hello")

        if __name__ == "__main__":
            q = mp.Queue()
            lock = mp.Lock()
            p = mp.Process(target=child, args=(q, lock))
            p.start()
            print("got", q.get())
            p.join()
            print("exit code", p.exitcode)
        """)
        let record = script + ".jsonl"
        let result = try BinaryHarness.run(["trace", "--record", record, "--width", "120", script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        for expected in ["Queue#1", "Lock#1", "put 'hello' on Queue#1", "got 'hello' from Queue#1", "acquired Lock#1",
                         "released Lock#1", "Process-1", "print \"got hello\"", "print \"exit code 0\""] {
            XCTAssertTrue(result.stdout.contains(expected), "missing \(expected) in:\n\(result.stdout)")
        }
        let transcript = try TranscriptReader.read(path: record)
        XCTAssertTrue(transcript.isComplete)
        XCTAssertNil(transcript.header.lesson)
        XCTAssertEqual(transcript.trailer?.lostEvents, 0)
        let child = try XCTUnwrap(transcript.events.first { $0.is(.queuePut) })
        let parent = try XCTUnwrap(transcript.events.first { $0.is(.queueGet) })
        XCTAssertNotEqual(child.pid, parent.pid, "the put happened in the child, the get in the parent")
        XCTAssertEqual(child.object, parent.object, "one queue, one label in both processes")
    }

    func testWatchdogStopsAHangAndExplainsIt() throws {
        let script = try BinaryHarness.script("hang.py", """
        import multiprocessing as mp

        def consumer(q):
            print("consumer waits for an item that never comes")
            q.get()

        if __name__ == "__main__":
            q = mp.Queue()
            p = mp.Process(target=consumer, args=(q,))
            p.start()
            p.join()
        """)
        let result = try BinaryHarness.run(["trace", "--timeout", "2", "--width", "120", script])
        XCTAssertEqual(result.status, .exited(124), "the watchdog's status, as timeout(1): \(result.stderr)")
        XCTAssertLessThan(result.seconds, 20)
        XCTAssertTrue(result.stdout.contains("the watchdog stopped the run after 2.000 s"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Process-1"))
        XCTAssertTrue(result.stdout.contains("consumer waits for an item that never comes"))
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }

    func testCtrlCStopsEveryProcessAndExitsAsInterrupted() throws {
        let script = try BinaryHarness.script("sleepy.py", """
        import time
        from multiprocessing import Pool

        if __name__ == "__main__":
            with Pool(2) as pool:
                pool.map(time.sleep, [30, 30])
        """)
        let marker = UUID().uuidString
        let pidBox = PidBox()
        let sender = Thread {
            // Wait for the python processes of this run, then press "Ctrl-C" (SIGINT to mp-tutor, as a terminal does).
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, ProcessTable.pids(withEnvironmentEntry: "MPTUTOR_CTRL_C=\(marker)").count < 4 {
                Thread.sleep(forTimeInterval: 0.1)
            }
            if let pid = pidBox.pid { kill(pid, SIGINT) }
        }
        sender.start()
        let result = try BinaryHarness.run(["trace", "--timeout", "60", script], environment: ["MPTUTOR_CTRL_C": marker],
                                           onStart: { pidBox.pid = $0 })
        XCTAssertTrue([.exited(130), .signaled(SIGINT)].contains(result.status), "status \(result.status)")
        XCTAssertLessThan(result.seconds, 25)
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: "MPTUTOR_CTRL_C=\(marker)"), [])
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }

    func testErrorsAreClearWithTheRightStatus() throws {
        let unknown = try BinaryHarness.run(["lesson", "pool-asynk"])
        XCTAssertEqual(unknown.status, .exited(64))
        XCTAssertTrue(unknown.stderr.contains("Did you mean 'pool-async'?"), unknown.stderr)

        let broken = try BinaryHarness.script("broken.jsonl", """
        {"format":"mp-tutor-transcript","version":1,"platform":"linux","cpus":2,"mptutor_version":"0","recorded_at":""}
        {"seq":1,"t":0,"pid":1,"kind":"print","text":"ok"}
        {"seq":2,"t":5,"pid":1,"kind":
        {"trailer":true,"complete":true,"event_count":2}

        """)
        let bad = try BinaryHarness.run(["replay", broken])
        XCTAssertEqual(bad.status, .exited(65))
        XCTAssertTrue(bad.stderr.contains("broken.jsonl:3:"), bad.stderr)

        let noPython = try BinaryHarness.run(["lesson", "pool-async", "--python", "/nonexistent/python3"])
        XCTAssertEqual(noPython.status, .exited(69))
        XCTAssertTrue(noPython.stderr.contains("replay"), noPython.stderr)

        let noPathPython = try BinaryHarness.run(["lesson", "pool-async"], environment: ["PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil])
        XCTAssertEqual(noPathPython.status, .exited(69))
        XCTAssertTrue(noPathPython.stderr.contains("python3 was not found on PATH"), noPathPython.stderr)

        let help = try BinaryHarness.run(["--help"])
        XCTAssertEqual(help.status, .exited(0))
        XCTAssertTrue(help.stdout.contains("Examples:"))
        let version = try BinaryHarness.run(["--version"])
        XCTAssertEqual(version.stdout, "mp-tutor \(MPTutorVersion.current)\n")
    }
}

private final class PidBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32?
    var pid: Int32? {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
    }
}
