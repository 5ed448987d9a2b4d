import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// The coverage tracer through the built binary: nothing is lost when a process ends by SIGKILL,
/// os._exit or terminate(), and grandchildren started by spawn are attributed with the right parents.
final class TracerCoverageIntegrationTests: XCTestCase {
    func testEventsBeforeSigkillOsExitAndTerminateAreRecorded() throws {
        let script = try BinaryHarness.script("endings.py", """
        import multiprocessing as mp, os, signal, time

        def ends(how, lock, ready):
            print("before", how, flush=True)
            with lock:
                pass
            ready.set()
            if how == "os_exit":
                os._exit(7)
            if how == "sigkill":
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(30)          # terminate() from the parent

        if __name__ == "__main__":
            lock = mp.Lock()
            for how in ("os_exit", "sigkill", "terminate"):
                ready = mp.Event()
                p = mp.Process(target=ends, args=(how, lock, ready), name=how)
                p.start()
                ready.wait()
                if how == "terminate":
                    p.terminate()
                p.join()
                print(how, p.exitcode, flush=True)
        """)
        let record = script + ".jsonl"
        let result = try BinaryHarness.run(["trace", "--record", record, "--start-method", "fork", "--width", "140", script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        let transcript = try TranscriptReader.read(path: record)
        XCTAssertTrue(transcript.isComplete)
        XCTAssertEqual(transcript.trailer?.lostEvents, 0)
        let events = transcript.events
        for (how, code) in [("os_exit", 7), ("sigkill", -9), ("terminate", -15)] {
            let spawn = try XCTUnwrap(events.first { $0.is(.processSpawn) && $0.name == how })
            let pid = try XCTUnwrap(spawn.int(EventField.childPid)).asPid
            let mine = events.filter { $0.pid == pid }
            XCTAssertTrue(mine.contains { $0.is(.print) && $0.text == "before \(how)" }, how)
            XCTAssertEqual(mine.filter { $0.is(.lockAcquire) }.count, 1, how)
            XCTAssertEqual(mine.filter { $0.is(.lockRelease) }.count, 1, how)
            XCTAssertTrue(mine.contains { $0.is(.eventSet) }, how)
            XCTAssertFalse(mine.contains { $0.is(.processRunEnd) }, "\(how): run() never returned")
            let reaped = try XCTUnwrap(events.first { $0.is(.processReaped) && $0.int(EventField.childPid) == Int64(pid) })
            XCTAssertEqual(reaped.exitCode, Int64(code), how)
            if how == "terminate" {
                let sent = try XCTUnwrap(events.first { $0.is(.processTerminate) })
                XCTAssertEqual(sent.int(EventField.childPid), Int64(pid))
                XCTAssertLessThan(sent.t, reaped.t)
            }
        }
        for expected in ["terminate() terminate (SIGTERM to pid", "set Event#", "print \"before sigkill\""] {
            XCTAssertTrue(result.stdout.contains(expected), "missing \(expected) in:\n\(result.stdout)")
        }
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }

    func testSpawnedGrandchildIsAttributedWithItsParentChain() throws {
        let script = try BinaryHarness.script("nested.py", """
        import multiprocessing as mp, os

        def grandchild(q):
            q.put(("grandchild", os.getpid(), os.getppid()))

        def child(q):
            p = mp.Process(target=grandchild, args=(q,), name="Grandchild")
            p.start()
            p.join()
            q.put(("child", os.getpid(), os.getppid()))

        if __name__ == "__main__":
            q = mp.Queue()
            p = mp.Process(target=child, args=(q,), name="Child")
            p.start()
            for _ in range(2):
                who, pid, ppid = q.get()
                print(who, pid, ppid)
            p.join()
        """)
        let record = script + ".jsonl"
        let result = try BinaryHarness.run(["trace", "--record", record, "--start-method", "spawn", "--width", "140", script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        let transcript = try TranscriptReader.read(path: record)
        XCTAssertEqual(transcript.trailer?.lostEvents, 0)
        let events = transcript.events
        let main = try XCTUnwrap(events.first { $0.is(.processStart) && $0.role == "main" }).pid
        let childSpawn = try XCTUnwrap(events.first { $0.is(.processSpawn) && $0.name == "Child" })
        let grandSpawn = try XCTUnwrap(events.first { $0.is(.processSpawn) && $0.name == "Grandchild" })
        let child = try XCTUnwrap(childSpawn.int(EventField.childPid)).asPid
        let grand = try XCTUnwrap(grandSpawn.int(EventField.childPid)).asPid
        XCTAssertEqual(childSpawn.pid, main)
        XCTAssertEqual(grandSpawn.pid, child, "the grandchild is started by the child")
        let grandStart = try XCTUnwrap(events.first { $0.is(.processStart) && $0.pid == grand })
        XCTAssertEqual(grandStart.ppid, child)
        XCTAssertEqual(grandStart.process, "Grandchild")
        XCTAssertEqual(grandStart.string("start_method"), "spawn")
        let childStart = try XCTUnwrap(events.first { $0.is(.processStart) && $0.pid == child })
        XCTAssertEqual(childStart.ppid, main)
        let puts = events.filter { $0.is(.queuePut) }
        XCTAssertEqual(Set(puts.map(\.pid)), [child, grand])
        XCTAssertEqual(Set(puts.compactMap(\.object)).count, 1, "one queue, one label in three processes")
        XCTAssertTrue(events.contains { $0.is(.processJoinWait) && $0.pid == child && $0.name == "Grandchild" })
        XCTAssertTrue(result.stdout.contains("grandchild \(grand) \(child)"), result.stdout)
    }
}

private extension Int64 {
    var asPid: Int32 { Int32(truncatingIfNeeded: self) }
}
