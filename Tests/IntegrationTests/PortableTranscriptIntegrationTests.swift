import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A transcript recorded by `mp-tutor trace --record` holds no path of the recording user's home folder,
/// and `--redact` also takes the home folder and user name out of what the program printed.
final class PortableTranscriptIntegrationTests: XCTestCase {
    let program = """
    import multiprocessing as mp, os, subprocess, sys

    def child(lock):
        with lock:
            raise ValueError("from the child")

    if __name__ == "__main__":
        lock = mp.Lock()
        print("working in", os.getcwd(), "as", os.environ["USER"])
        p = mp.Process(target=child, args=(lock,))
        p.start()
        p.join()
        subprocess.run([sys.executable, "-c", "pass"])
    """

    func testRecordedTranscriptHasNoHomePathsAndRedactTakesTheRest() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("mpt-home-\(UUID().uuidString)").path
        let project = home + "/projects/demo"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try program.write(toFile: project + "/prog.py", atomically: true, encoding: .utf8)
        let user = "mptuser\(Int.random(in: 1000...9999))"
        let env: [String: String?] = ["HOME": home, "USER": user]

        let plain = project + "/plain.jsonl"
        var result = try BinaryHarness.run(["trace", "--record", plain, "prog.py"], environment: env, currentDirectory: project)
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        var text = try String(contentsOfFile: plain, encoding: .utf8)
        let transcript = try TranscriptReader.read(path: plain)
        let site = try XCTUnwrap(transcript.events.first { $0.is(.lockCreate) }?.site)
        XCTAssertEqual(site, "prog.py:8")
        XCTAssertEqual(transcript.header.command, ["prog.py"])
        XCTAssertTrue(transcript.events.contains { $0.text?.contains("File \"prog.py\", line 5, in child") == true },
                      "the child's traceback names its file relative to the script's folder")
        // only the program's own printed line still says where it ran (that is what --redact is for)
        let printed = text.split(separator: "\n").filter { $0.contains(home) }
        XCTAssertEqual(printed.count, 1, printed.joined(separator: "\n"))
        XCTAssertTrue(printed.first?.contains("working in") == true)

        let redacted = project + "/redacted.jsonl"
        result = try BinaryHarness.run(["trace", "--redact", "--record", redacted, "prog.py"], environment: env, currentDirectory: project)
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        text = try String(contentsOfFile: redacted, encoding: .utf8)
        XCTAssertFalse(text.contains(home))
        XCTAssertFalse(text.contains(user))
        XCTAssertTrue(text.contains("working in ~/projects/demo as <user>"), text)
    }
}
