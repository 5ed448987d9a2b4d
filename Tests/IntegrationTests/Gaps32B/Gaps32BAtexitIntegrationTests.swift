import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 32B (issue 11): the built binary traces a program whose atexit handlers run around multiprocessing's own. Each
/// handler's run is a row, in the order Python ran them; the program's report, registered before the first start(),
/// says it ran after _exit_function, which terminated the daemon flusher (atexit runs the last registered first).
final class Gaps32BAtexitIntegrationTests: XCTestCase {
    static func trace(_ program: String, _ method: String) throws -> (BinaryHarness.Result, String) {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("g32b-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: transcript) }
        let run = try BinaryHarness.run(["trace", "--start-method", method, "--timeout", "60", "--color", "never", "--width", "220",
                                         "--record", transcript, "corpus/\(program).py"], timeout: 120)
        XCTAssertEqual(BinaryHarness.survivors(of: run), [], "no process of the run survives")
        return (run, try String(contentsOfFile: transcript, encoding: .utf8))
    }

    static func replay(_ transcript: String, _ language: String = "en") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("g32b-\(UUID().uuidString).jsonl").path
        try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try BinaryHarness.run(["replay", path, "--full", "--no-pager", "--color", "never", "--width", "600", "--lang", language]).stdout
    }

    /// The lines of `text` holding each of `parts`, in that order (each part on a later line than the one before).
    static func inOrder(_ text: String, _ parts: [String]) -> Bool {
        var lines = text.split(separator: "\n")[...]
        for part in parts {
            guard let at = lines.firstIndex(where: { $0.contains(part) }) else { return false }
            lines = lines[(at + 1)...]
        }
        return true
    }

    func testEachAtexitHandlersRunIsARowInPythonsOrderWithTheReportsCause() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g32b_atexit_spool_report", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            XCTAssertTrue(Self.inOrder(text, [
                "main done",
                "at exit, Python runs the atexit handler Ledger.close() the program registered",
                "ledger closed after 4 jobs",
                "at exit, Python runs multiprocessing's own atexit handler, _exit_function() (it terminates the daemonic children",
                "flusher",
                "at exit, Python runs the atexit handler report() the program registered — after multiprocessing's _exit_function(), which terminated flusher, as atexit runs the last registered first: multiprocessing.util registered it when imported, after report()",
                "report: ",     // what is left depends on how soon the flusher started (a busy machine)
            ]), "\(method): \(text)")
            // the unregistered handler neither ran nor has a row; the closer's row claims no order of registration
            XCTAssertFalse(text.contains("never()") || text.contains("never printed"), text)
            XCTAssertFalse(text.contains("Ledger.close() the program registered —"), text)
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("退出时，Python 调用程序注册的 atexit 处理函数 report()——排在 multiprocessing 的 _exit_function() 之后（它已终止 flusher），因为 atexit 先运行最后注册的处理函数"), "\(method): \(zh)")
        }
    }
}
