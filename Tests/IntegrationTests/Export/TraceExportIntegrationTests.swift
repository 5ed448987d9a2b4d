import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `trace … --html --perfetto --cast` on programs that are not lessons' demos: a spawn-started Event and
/// Pipe handshake, and a program that fails with a lock still held.
final class TraceExportIntegrationTests: XCTestCase {
    func testTracedProgramExportsAllThreeFormats() throws {
        let script = try BinaryHarness.script("event_pipe.py", """
        import multiprocessing as mp
        import time

        def child(ready, conn):
            ready.wait()
            conn.send("ping <b>&</b>")
            conn.close()

        if __name__ == "__main__":
            mp.set_start_method("spawn")
            ready = mp.Event()
            parent, child_end = mp.Pipe()
            p = mp.Process(target=child, args=(ready, child_end))
            p.start()
            time.sleep(1.0)  # the child is waiting by then: set() releases it
            ready.set()
            print(parent.recv())
            p.join()
        """)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = folder.path + "/run.html", trace = folder.path + "/run.json", cast = folder.path + "/run.cast"
        let result = try BinaryHarness.run(["trace", "--html", html, "--perfetto", trace, "--cast", cast, script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.contains("wrote the interactive timeline to \(html)"), result.stdout)
        let verdict = try TraceEventChecker.check(path: trace)
        XCTAssertTrue(verdict.valid, verdict.output)
        // The recv got what the child sent, and the child's wait returned because of the parent's set():
        // both links are flows in the trace.
        let json = try JSONParser.parse(try String(contentsOfFile: trace, encoding: .utf8))
        let flows = Set((json.objectValue?["traceEvents"]?.arrayValue ?? []).compactMap { $0.objectValue }
            .filter { $0["cat"]?.stringValue == "cause" }.compactMap { $0["name"]?.stringValue })
        XCTAssertTrue(flows.isSuperset(of: ["delivery", "wake", "spawn"]), "\(flows)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertFalse(page.contains("<b>&</b>"), "the program's text reached the markup")
        let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(try JSONParser.parse(String(lines[0])).objectValue?["version"]?.intValue, 2)
        XCTAssertTrue(BinaryHarness.survivors(of: result).isEmpty)
    }

    func testAFailingProgramStillExportsWithItsOpenHold() throws {
        let script = try BinaryHarness.script("fails.py", """
        import multiprocessing as mp

        if __name__ == "__main__":
            lock = mp.Lock()
            lock.acquire()
            raise SystemExit("gave up holding the lock")
        """)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let trace = folder.path + "/run.json"
        let result = try BinaryHarness.run(["trace", "--perfetto", trace, "--html", folder.path + "/run.html", script])
        XCTAssertEqual(result.status, .exited(1), "trace exits with the program's own status: \(result.stderr)")
        let verdict = try TraceEventChecker.check(path: trace)
        XCTAssertTrue(verdict.valid, verdict.output)
        let json = try JSONParser.parse(try String(contentsOfFile: trace, encoding: .utf8))
        let holds = (json.objectValue?["traceEvents"]?.arrayValue ?? []).compactMap { $0.objectValue }.filter { $0["cat"]?.stringValue == "hold" }
        XCTAssertEqual(holds.count, 1)
        XCTAssertEqual(holds.first?["args"]?.objectValue?["open"]?.boolValue, true, "the hold never ended: it is marked open")
    }
}
