import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 31A (issue 11): the built binary traces the corpus programs live. A thread renamed after its start keeps one
/// lane and its start row under the name it started with; the rename is a row tied to that lane, and the lane says the
/// later name. A spawn/forkserver child's RecursionError after the parent raised its limit gets a note saying the child
/// started with the default 1000.
final class Gaps31AIntegrationTests: XCTestCase {
    static func trace(_ program: String, _ method: String, _ extra: [String] = []) throws -> (BinaryHarness.Result, String) {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("g31a-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: transcript) }
        let run = try BinaryHarness.run(["trace", "--start-method", method, "--timeout", "60", "--color", "never", "--width", "220",
                                         "--record", transcript] + extra + ["corpus/\(program).py"], timeout: 120)
        XCTAssertEqual(BinaryHarness.survivors(of: run), [], "no process of the run survives")
        return (run, try String(contentsOfFile: transcript, encoding: .utf8))
    }

    static func replay(_ transcript: String, _ language: String = "en") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("g31a-\(UUID().uuidString).jsonl").path
        try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try BinaryHarness.run(["replay", path, "--full", "--no-pager", "--color", "never", "--width", "400", "--lang", language]).stdout
    }

    func testARenamedThreadKeepsItsLaneAndTheRenameRowTiesTheNewNameToIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g31a_thread_renames", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            // the main thread: its lane is the process's
            XCTAssertTrue(text.contains("renames the main thread to coordinator (was MainThread); its lane keeps the process's name"), "\(method): \(text)")
            // a thread that renamed itself: one lane, named as it started, saying the later name
            XCTAssertTrue(text.contains("renames its own thread to check /about; its lane and start row keep the name Thread-"), "\(method): \(text)")
            // renamed by its starter, after start()
            XCTAssertTrue(text.contains("renames thread Thread-") && text.contains(" (sleep) to ticker; its lane and start row keep the name Thread-"), "\(method): \(text)")
            // named before start(): no rename row, its start row has the name
            XCTAssertTrue(text.contains("starts thread watcher"), text)
            XCTAssertFalse(text.contains("to watcher"), text)
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("把自己所在的线程改名为 check /about；它的泳道和启动那一行仍叫 Thread-"), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("把主线程改名为 coordinator（原名 MainThread）"), zh)
        }
    }

    func testTheExportsNameTheRenamedThreadsLaneOnce() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("g31a-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (run, _) = try Self.trace("g31a_thread_renames", "spawn", ["--perfetto", out])
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        let trace = try String(contentsOfFile: out, encoding: .utf8)
        // one lane for the thread, named as it started, saying the later name; none named by the later name alone
        XCTAssertEqual(trace.components(separatedBy: "\"site-b · check, named check /news by its end\"").count - 1, 1, trace)
        XCTAssertEqual(trace.components(separatedBy: "\"MainProcess · sleep, named ticker by its end\"").count - 1, 1, trace)
        XCTAssertFalse(trace.contains("· check /news\""), trace)
    }

    func testASpawnChildsRecursionErrorAfterTheParentRaisedItsLimitHasANote() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g31a_deep_tree_limit", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            let said = "MainProcess's own limit was 5000 when it started Process-1 at "
            guard method != "fork" else {
                XCTAssertTrue(text.contains("worker exitcode 0 total 3000"), text)
                XCTAssertFalse(text.contains(said), text)
                continue
            }
            XCTAssertTrue(text.contains("Process-1 hit the recursion limit. " + said), "\(method): \(text)")
            XCTAssertTrue(text.contains("but a \(method) child is a fresh Python interpreter: it starts with the default limit, 1000, not the parent's 5000"), text)
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("上限从默认的 1000 开始，不会继承父进程的 5000"), zh)
        }
    }
}
