import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The binary copied alone into a folder and run from another one works: it carries its lessons, demos
/// and transcripts; --lessons and $MP_TUTOR_LESSONS point it at a lessons folder on disk instead.
final class InstalledBinaryIntegrationTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var installed = ""

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/work", withIntermediateDirectories: true)
        installed = folder.path + "/bin/mp-tutor"
        try FileManager.default.copyItem(atPath: BinaryHarness.binary, toPath: installed)
    }

    override func tearDown() { folder.remove() }

    func run(_ arguments: [String], _ env: [String: String?] = [:]) throws -> BinaryHarness.Result {
        var environment: [String: String?] = ["XDG_CACHE_HOME": folder.path + "/cache", "MP_TUTOR_HOME": nil, "MP_TUTOR_LESSONS": nil]
        for (key, value) in env { environment[key] = value }
        return try BinaryHarness.run(arguments, environment: environment, currentDirectory: folder.path + "/work",
                                     executable: installed)
    }

    func testEveryCommandWorksFromAnotherFolder() throws {
        let list = try run(["list"])
        XCTAssertEqual(list.status, .exited(0), list.stderr)
        XCTAssertTrue(list.stdout.contains("pool-async"), list.stdout)
        let replay = try run(["replay", "pool-async", "--width", "100"])
        XCTAssertEqual(replay.status, .exited(0), replay.stderr)
        XCTAssertTrue(replay.stdout.contains("ForkPoolWorker-1"), replay.stdout)
        let text = try run(["lesson", "process-basics", "--text-only", "--width", "100"])
        XCTAssertEqual(text.status, .exited(0), text.stderr)
        let check = try run(["check", "process-basics"])
        XCTAssertEqual(check.status, .exited(0), check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("1 passed, 0 failed"), check.stdout)
        let simulate = try run(["simulate", "scheduling", "--algo", "fcfs"])
        XCTAssertEqual(simulate.status, .exited(0), simulate.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/bin/lessons"), "nothing written beside the binary")
    }

    func testLessonsFolderOnDiskReplacesTheEmbeddedOnes() throws {
        try folder.write("mine/lessons/hello/hello.md", """
        ---
        id: hello
        title: A lesson of my own
        summary: my very own lesson
        unit: Mine
        demo: demo.py
        ---
        # Hello
        """)
        try folder.write("mine/lessons/hello/demo.py", "print('hello')\n")
        let viaOption = try run(["--lessons", folder.path + "/mine/lessons", "list"])
        XCTAssertEqual(viaOption.status, .exited(0), viaOption.stderr)
        XCTAssertTrue(viaOption.stdout.contains("my very own lesson"), viaOption.stdout)
        XCTAssertFalse(viaOption.stdout.contains("pool-async"), viaOption.stdout)
        let viaEnvironment = try run(["list"], ["MP_TUTOR_LESSONS": folder.path + "/mine/lessons"])
        XCTAssertTrue(viaEnvironment.stdout.contains("my very own lesson"), viaEnvironment.stdout)
        let missing = try run(["list", "--lessons", folder.path + "/nothing"])
        XCTAssertNotEqual(missing.status, .exited(0))
        XCTAssertTrue(missing.stderr.contains("not a folder"), missing.stderr)
    }
}
