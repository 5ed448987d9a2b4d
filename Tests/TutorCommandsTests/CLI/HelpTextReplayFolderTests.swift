import XCTest
@testable import TutorCore
@testable import TutorCommands

/// Fix 25: `mp-tutor help replay` names guard 25's `replay FOLDER` (a folder of per-process event files), in both
/// languages, and the main page's command list does too.
final class HelpTextReplayFolderTests: XCTestCase {
    func testReplayHelpNamesTheEventsFolderInBothLanguages() throws {
        for (language, folderWords) in [(Language.en, "folder of per-process event files"), (.zh, "各进程事件文件的文件夹")] {
            let replay = try Language.with(language) { try HelpText.text(for: "replay") }
            let main = try Language.with(language) { try HelpText.text(for: nil) }
            XCTAssertTrue(replay.hasPrefix("mp-tutor replay <id|FILE|FOLDER> "), replay)
            let example = replay.split(separator: "\n").first { $0.hasPrefix("  mp-tutor replay events/ ") }
            XCTAssertNotNil(example, replay)
            XCTAssertTrue(replay.contains(folderWords), replay)
            XCTAssertTrue(replay.contains("*.jsonl"), replay)
            let command = main.split(separator: "\n").first { $0.hasPrefix("  replay ") }
            XCTAssertTrue(command?.contains(folderWords) == true, main)
        }
    }
}
