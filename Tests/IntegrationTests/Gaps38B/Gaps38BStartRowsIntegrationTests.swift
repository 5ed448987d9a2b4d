import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 38B (issue 11): round 37G's leftovers on the rows of a process's start and end. A Process subclass's start row
/// says whose run() the child runs (the tracer's `run_owner`); a target process's row is as it was. A daemon the
/// program named "daemon" is not "the daemon daemon". A forkserver child's start row gives its OS parent (the
/// forkserver) and multiprocessing's parent (the program's process that called start()), each said for what it is.
final class Gaps38BStartRowsIntegrationTests: XCTestCase {
    private typealias G = Gaps32BAtexitIntegrationTests

    private static func committed(_ name: String) throws -> String {
        try String(contentsOfFile: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl", encoding: .utf8)
    }

    private static func lines(_ text: String, matching pattern: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.range(of: pattern, options: .regularExpression) != nil }
    }

    func testAProcessSubclassStartRowSaysWhoseRunTheChildRuns() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try G.trace("r37g_process_subclass_greeter", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try G.replay(transcript)
            XCTAssertEqual(Self.lines(text, matching: #"start\(\) → Greeter-[123] pid [0-9]+ · runs Greeter\.run\(\)"#).count, 3, "\(method): \(text)")
            let zh = try G.replay(transcript, "zh")
            XCTAssertEqual(Self.lines(zh, matching: #"start\(\) → Greeter-[123] pid [0-9]+ · 子进程运行 Greeter\.run\(\)"#).count, 3, "\(method): \(zh)")
        }
        // a target process: its row names the target, and no run() of a class
        for method in ["fork", "spawn", "forkserver"] {
            let text = try G.replay(Self.committed("r37g_terminate_busy--\(method)"))
            XCTAssertEqual(Self.lines(text, matching: #"start\(\) → Process-1 pid [0-9]+ · target slow_worker$"#).count, 1, "\(method): \(text)")
            XCTAssertFalse(text.contains(".run()"), "\(method): \(text)")
        }
    }

    func testADaemonNamedDaemonIsNotCalledTheDaemonDaemon() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let transcript = try Self.committed("r37g_daemon_vs_nondaemon--\(method)")
            let text = try G.replay(transcript)
            XCTAssertEqual(Self.lines(text, matching: #"at exit, multiprocessing terminates daemon \(a daemon process: SIGTERM to pid [0-9]+; the program did not call terminate\(\)\)"#).count,
                           1, "\(method): \(text)")
            XCTAssertFalse(text.contains("daemon daemon"), "\(method): \(text)")
            let zh = try G.replay(transcript, "zh")
            XCTAssertEqual(Self.lines(zh, matching: #"退出时，multiprocessing 结束 daemon（它是守护进程：向 pid [0-9]+ 发送 SIGTERM；程序自己没有调用 terminate\(\)）"#).count,
                           1, "\(method): \(zh)")
        }
    }

    /// The child's `process.start` in a committed recording: (pid, OS parent, multiprocessing's parent).
    private static func childStart(_ transcript: String, _ name: String) throws -> (Int, Int, Int) {
        for line in transcript.split(separator: "\n") where line.contains(#""kind":"process.start""#) && line.contains(#""name":"\#(name)""#) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (try XCTUnwrap(object["pid"] as? Int), try XCTUnwrap(object["ppid"] as? Int), try XCTUnwrap(object["parent_pid"] as? Int))
        }
        throw XCTSkip("no process.start of \(name)")
    }

    func testAForkserverChildsStartRowGivesBothItsParents() throws {
        for program in ["r37g_terminate_busy", "r37g_daemon_vs_nondaemon"] {
            let transcript = try Self.committed("\(program)--forkserver")
            let child = program == "r37g_terminate_busy" ? "Process-1" : "daemon"
            let (pid, ppid, parent) = try Self.childStart(transcript, child)
            XCTAssertNotEqual(ppid, parent, program)
            let text = try G.replay(transcript)
            XCTAssertTrue(text.contains("\(child) started (pid \(pid), parent \(ppid), the forkserver, which forked it; multiprocessing's parent \(parent): "
                                        + "os.getppid() gives the first, parent_process() and the Process's repr the second)"), "\(program): \(text)")
            let zh = try G.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("\(child) 开始运行（pid \(pid)，父进程 \(ppid)，即 fork 出它的 forkserver；multiprocessing 所说的父进程是 \(parent)"), "\(program): \(zh)")
        }
        // under fork and spawn the two are one process: the row is as it was
        for method in ["fork", "spawn"] {
            let transcript = try Self.committed("r37g_terminate_busy--\(method)")
            let (pid, ppid, parent) = try Self.childStart(transcript, "Process-1")
            XCTAssertEqual(ppid, parent, method)
            let text = try G.replay(transcript)
            XCTAssertTrue(text.contains("Process-1 started (pid \(pid), parent \(ppid))") || text.contains("Process-1 starts run() (pid \(pid), parent \(ppid)):"),
                          "\(method): \(text)")
            XCTAssertFalse(text.contains("multiprocessing's parent"), "\(method): \(text)")
        }
    }
}
