import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// `mptutor-boot.zip`, the one PYTHONPATH entry: a valid zip (python's own zipfile checks every CRC) holding
/// `sitecustomize.py` exactly, that a traced python3 boots from and then takes off `sys.path` (the first
/// interpreter may have added `sitecustomize.pyc` to it: tracer/tests/test_bytecode_cache.py checks that).
final class TracerBootZipTests: XCTestCase {
    func testCRC32MatchesZlib() {
        XCTAssertEqual(TracerBootZip.crc32(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(TracerBootZip.crc32([]), 0)
    }

    func testInstalledZipIsReadByPythonsZipfileAndBootsTheTracer() throws {
        let python: String
        do {
            python = try PythonLocator(environment: ProcessInfo.processInfo.environment).locate(explicit: nil)
        } catch {
            throw XCTSkip("no python3 on this machine: \(error)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-boot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/events", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try TracerSource.install(into: dir)
        let zip = dir + "/" + TracerBootZip.name
        let check = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(z.testzip(), z.namelist()[0], z.read('sitecustomize.py') == open(sys.argv[2], 'rb').read())
            print(sys.modules['sitecustomize'].__file__ == sys.argv[1] + '/sitecustomize.py',
                  [p for p in sys.path if p.startswith(sys.argv[3])])
            """
        var env = ProcessInfo.processInfo.environment
        env["PYTHONPATH"] = zip
        env["MPTUTOR_TRACE_DIR"] = dir + "/events"
        let outcome = try Supervisor().run(RunRequest(
            executable: python, arguments: ["-c", check, zip, dir + "/sitecustomize.py", dir],
            environment: env, workingDirectory: dir, timeout: 60))
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "None sitecustomize.py True\nTrue []\n",
                       String(decoding: outcome.stderr, as: UTF8.self))
        let events = try FileManager.default.contentsOfDirectory(atPath: dir + "/events").filter { $0.hasSuffix(".jsonl") }
        XCTAssertEqual(events.count, 1, "the interpreter was traced")
    }
}
