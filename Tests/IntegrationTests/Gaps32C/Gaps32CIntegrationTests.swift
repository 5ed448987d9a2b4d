import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 32C (issue 11): the built binary traces corpus programs live. A thread or a process renamed several times shows
/// every name it had on its lane, in order, on every screen; a thread renamed by a library is a row; the worker a
/// failed `Pool()` terminated in its own clean-up is said to be, not the program's terminate().
final class Gaps32CIntegrationTests: XCTestCase {
    static func trace(_ program: String, _ method: String, _ extra: [String] = []) throws -> (BinaryHarness.Result, String) {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("g32c-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: transcript) }
        let run = try BinaryHarness.run(["trace", "--start-method", method, "--timeout", "60", "--color", "never", "--width", "220",
                                         "--record", transcript] + extra + ["corpus/\(program).py"], timeout: 120)
        XCTAssertEqual(BinaryHarness.survivors(of: run), [], "no process of the run survives")
        return (run, try String(contentsOfFile: transcript, encoding: .utf8))
    }

    static func replay(_ transcript: String, _ language: String = "en", _ extra: [String] = []) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("g32c-\(UUID().uuidString).jsonl").path
        try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try BinaryHarness.run(["replay", path, "--full", "--no-pager", "--color", "never", "--width", "400", "--lang", language] + extra).stdout
    }

    func testEveryNameOfAThreadOrProcessRenamedSeveralTimesIsOnItsLaneAndALibrarysRenameIsARow() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g32c_stage_names", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            for job in ["job0", "job1"] {
                // each rename is a row tied to the lane, the second and third saying the name before
                XCTAssertTrue(text.contains("to progress \(job) save (named progress \(job) parse until now); its lane and start row keep the name Thread-"), "\(method): \(text)")
                // the process's lane column: its last name, then the one it started with (the column is cut to its width here)
                XCTAssertNotNil(text.range(of: "\(job):save \\(was [A-Za-z]*Process-[12], then", options: .regularExpression), "\(method): \(text)")
            }
            // the library's rename (a module under a site-packages directory) is recorded: a row
            XCTAssertTrue(text.contains("renames its own thread to heartbeat main; its lane and start row keep the name Thread-1 (heartbeat)"), "\(method): \(text)")
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("把自己所在的线程改名为 heartbeat main"), "\(method): \(zh)")
        }
    }

    func testThePerfettoTraceNamesEveryNameOfTheRenamedThread() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("g32c-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (run, _) = try Self.trace("g32c_stage_names", "spawn", ["--perfetto", out])
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        let trace = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(trace.contains("renamed progress job0 load → progress job0 parse → progress job0 save\""), trace)
        XCTAssertFalse(trace.contains("named progress job0 save by its end\""), trace)
        // the process's lane: every name, in order
        XCTAssertNotNil(trace.range(of: "\"job1:save \\(was SpawnProcess-[12], then job1:load → job1:parse\\)\"", options: .regularExpression), trace)
        // the same in Chinese, from the corpus recording
        let zhOut = out + ".zh.json"
        defer { try? FileManager.default.removeItem(atPath: zhOut) }
        let zh = try BinaryHarness.run(["export", "corpus/transcripts/g32c_stage_names--spawn.jsonl", "--perfetto", zhOut, "--lang", "zh"])
        XCTAssertEqual(zh.status, .exited(0), zh.stderr)
        let zhTrace = try String(contentsOfFile: zhOut, encoding: .utf8)
        XCTAssertTrue(zhTrace.contains("，中间叫过 job0:load → job0:parse）"), zhTrace)
        XCTAssertTrue(zhTrace.contains("后改名为 progress job0 load → progress job0 parse → progress job0 save"), zhTrace)
    }

    func testAWorkerAFailedPoolTerminatedInItsCleanUpIsSaidToBeAndTheProgramsOwnTerminateIsNot() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g31c_pool_made_in_daemon", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            let cleanup = "not the program's terminate(): Pool() raised while starting its workers, and its own clean-up called terminate() on each worker it had already started, this one included"
            guard method != "fork" else {      // fork pickles nothing: Pool(3) is made, nothing is cleaned up
                XCTAssertFalse(text.contains(cleanup), text)
                continue
            }
            let worker = method == "spawn" ? "SpawnPoolWorker-3" : "ForkServerPoolWorker-3"
            XCTAssertTrue(text.contains("\(worker) was ended by SIGTERM (\(cleanup))"), "\(method): \(text)")
            XCTAssertFalse(text.contains("\(worker) was ended by SIGTERM (MainProcess called terminate() on it)"), text)
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("它自己的清理代码对已经启动的每个工作进程都调用了 terminate()"), "\(method): \(zh)")
        }
        // the program's own terminate() keeps its words
        let own = try BinaryHarness.run(["replay", "corpus/transcripts/process_terminate_kill--spawn.jsonl", "--full", "--no-pager", "--color", "never", "--width", "400"]).stdout
        XCTAssertTrue(own.contains("MainProcess called terminate() on it"), own)
    }
}
