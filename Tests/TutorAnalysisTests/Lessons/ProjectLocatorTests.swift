import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Which lessons mp-tutor uses: --lessons, $MP_TUTOR_LESSONS, $MP_TUTOR_HOME, the checkout, else its own.
final class ProjectLocatorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func locator(_ env: [String: String] = [:], cwd: String? = nil, lessons: String? = nil) -> ProjectLocator {
        ProjectLocator(environment: env.merging(["XDG_CACHE_HOME": folder.path + "/cache"]) { a, _ in a },
                       currentDirectory: cwd ?? folder.path + "/elsewhere", executablePath: folder.path + "/bin/mp-tutor",
                       lessonsFolder: lessons)
    }

    func testOutsideAnyCheckoutTheEmbeddedLessonsAreUsed() throws {
        try folder.write("elsewhere/lessons/readme.md", "a lessons folder that is not mp-tutor's")
        let project = try locator().project()
        XCTAssertEqual(project.lessons, folder.path + "/cache/mp-tutor/content-\(EmbeddedProject.contentHash)/lessons")
        XCTAssertEqual(project.transcripts, folder.path + "/cache/mp-tutor/content-\(EmbeddedProject.contentHash)/transcripts")
    }

    func testInsideTheCheckoutItsLessonsWin() throws {
        try folder.write("checkout/Package.swift", "// swift-tools-version:6.0")
        try folder.write("checkout/lessons/index.md", "")
        let project = try locator(cwd: folder.path + "/checkout").project()
        XCTAssertEqual(project, .init(lessons: folder.path + "/checkout/lessons", transcripts: folder.path + "/checkout/transcripts"))
        XCTAssertEqual(BinaryHarness.repoRoot, ProjectLocator(currentDirectory: BinaryHarness.repoRoot + "/Sources").root())
    }

    func testLessonsOptionAndEnvironmentPointAtAFolder() throws {
        try folder.write("teacher/lessons/index.md", "")
        try folder.write("teacher/transcripts/x.jsonl", "")
        try folder.write("translator/lessons/index.md", "")
        let teacher = try locator(lessons: folder.path + "/teacher/lessons").project()
        XCTAssertEqual(teacher, .init(lessons: folder.path + "/teacher/lessons", transcripts: folder.path + "/teacher/transcripts"))
        let relative = try locator(cwd: folder.path + "/teacher", lessons: "lessons").project()
        XCTAssertEqual(relative.lessons, folder.path + "/teacher/lessons")
        let translator = try locator(["MP_TUTOR_LESSONS": folder.path + "/translator/lessons"]).project()
        XCTAssertEqual(translator.lessons, folder.path + "/translator/lessons")
        XCTAssertTrue(translator.transcripts.hasSuffix("content-\(EmbeddedProject.contentHash)/transcripts"),
                      "no transcripts beside it: the embedded ones")
        let both = try locator(["MP_TUTOR_LESSONS": folder.path + "/translator/lessons"], lessons: folder.path + "/teacher/lessons").project()
        XCTAssertEqual(both.lessons, folder.path + "/teacher/lessons", "--lessons wins")
        assertMPTutorError(try locator(lessons: folder.path + "/missing").project()) { error in
            XCTAssertTrue(error.message.contains("not a folder"), error.message)
        }
    }
}
