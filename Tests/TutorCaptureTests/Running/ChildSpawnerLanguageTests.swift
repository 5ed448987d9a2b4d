import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture

/// The spawner's errors come from the message catalog, so they speak the learner's language.
final class ChildSpawnerLanguageTests: XCTestCase {
    private func spawnError(_ executable: String, directory: String? = nil, in language: Language) -> String? {
        var request = RunRequest(executable: executable, arguments: [], environment: ["PATH": "/usr/bin:/bin"])
        request.workingDirectory = directory
        return Language.with(language) {
            do {
                _ = try ChildSpawner.spawn(request, extraEnvironment: [:])
                return nil
            } catch {
                return (error as? MPTutorError)?.message
            }
        }
    }

    func testAMissingProgramIsNamedInEnglishAndInChinese() {
        XCTAssertEqual(spawnError("mp-tutor-no-such-program", in: .en),
                       "cannot run 'mp-tutor-no-such-program': no such executable file on PATH.")
        XCTAssertEqual(spawnError("mp-tutor-no-such-program", in: .zh),
                       "无法运行 'mp-tutor-no-such-program'：PATH 上没有这个可执行文件。")
        XCTAssertEqual(spawnError("/nonexistent/mp-tutor-prog", in: .zh),
                       "无法运行 '/nonexistent/mp-tutor-prog'：没有这个可执行文件。")
    }

    func testAMissingWorkingFolderIsNamedInChinese() {
        XCTAssertEqual(spawnError("/bin/sh", directory: "/nonexistent/mp-tutor-folder", in: .zh),
                       "无法在 '/nonexistent/mp-tutor-folder' 里运行：没有这个文件夹。")
    }
}
