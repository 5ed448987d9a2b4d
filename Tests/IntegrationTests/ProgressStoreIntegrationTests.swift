import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The progress file under concurrent runs, corruption and a folder that cannot be written.
final class ProgressStoreIntegrationTests: XCTestCase {
    private func finished(in state: String) throws -> [String: String] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: state + "/mp-tutor/progress.json"))
        let object = try XCTUnwrap(try JSONParser.parse(ArraySlice(data)).objectValue)
        return Dictionary(uniqueKeysWithValues: (object["finished"]?.objectValue?.members ?? []).map { ($0.key, $0.value.stringValue ?? "") })
    }

    func testTwentyFourParallelReplaysKeepEveryUpdate() throws {
        let state = try TemporaryFolder()
        defer { state.remove() }
        let ids = try FileManager.default.contentsOfDirectory(atPath: BinaryHarness.repoRoot + "/transcripts")
            .filter { $0.hasSuffix(".jsonl") && !$0.contains("--") }.map { String($0.dropLast(6)) }.sorted().prefix(24)
        XCTAssertEqual(ids.count, 24)
        let failures = Failures()
        let path = state.path
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let id = ids[ids.startIndex + index]
            do {
                let result = try BinaryHarness.run(["replay", id, "--color", "never"], environment: ["XDG_STATE_HOME": path])
                if result.status != .exited(0) || !result.stderr.isEmpty { failures.add("\(id): \(result.status) \(result.stderr)") }
            } catch {
                failures.add("\(id): \(error)")
            }
        }
        XCTAssertEqual(failures.items, [])
        XCTAssertEqual(Set(try finished(in: state.path).keys), Set(ids), "no update is lost")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: state.path + "/mp-tutor").sorted()
        XCTAssertEqual(leftovers, ["progress.json", "progress.json.lock"], "no temporary file is left behind")
    }

    func testACorruptFileIsMovedAsideWithoutReplacingAnEarlierBackup() throws {
        let state = try TemporaryFolder()
        defer { state.remove() }
        let file = state.path + "/mp-tutor/progress.json"
        try state.write("mp-tutor/progress.json", "first corruption")
        let first = try BinaryHarness.run(["replay", "pool-map", "--color", "never"], environment: ["XDG_STATE_HOME": state.path])
        XCTAssertEqual(first.status, .exited(0))
        XCTAssertTrue(first.stderr.contains("it is kept as \(file).bad and a new one is started"), first.stderr)
        try "second corruption".write(toFile: file, atomically: false, encoding: .utf8)
        let second = try BinaryHarness.run(["replay", "pool-async", "--color", "never"], environment: ["XDG_STATE_HOME": state.path])
        XCTAssertTrue(second.stderr.contains("it is kept as \(file).bad.1"), second.stderr)
        XCTAssertEqual(try String(contentsOfFile: file + ".bad", encoding: .utf8), "first corruption")
        XCTAssertEqual(try String(contentsOfFile: file + ".bad.1", encoding: .utf8), "second corruption")
        XCTAssertEqual(Set(try finished(in: state.path).keys), ["pool-async"])
    }

    func testAFolderThatCannotBeWrittenIsToldOnce() throws {
        // A file where the state folder should be: even root cannot create a folder under it.
        let state = try TemporaryFolder()
        defer { state.remove() }
        let blocked = try state.write("not-a-folder", "x")
        let result = try BinaryHarness.run(["replay", "pool-map", "--color", "never"], environment: ["XDG_STATE_HOME": blocked])
        XCTAssertEqual(result.status, .exited(0), "the replay itself still works")
        XCTAssertEqual(result.stderr.components(separatedBy: "your progress cannot be kept").count - 1, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains(blocked + "/mp-tutor cannot be created"), result.stderr)
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    func add(_ item: String) { lock.withLock { collected.append(item) } }
    var items: [String] { lock.withLock { collected } }
}
