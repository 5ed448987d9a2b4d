import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Every lesson exists in English and in Chinese, and the two files agree on everything but the words.
final class LessonTranslationTests: XCTestCase {
    private var lessonFolders: [String] {
        let folder = BinaryHarness.repoRoot + "/lessons"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.sorted().filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/\($0).md") }
    }

    func testEveryLessonHasAChineseFileThatAgreesWithTheEnglishOne() throws {
        XCTAssertFalse(lessonFolders.isEmpty)
        var missing: [String] = []
        for id in lessonFolders {
            let english = try LessonParser.load(path: "\(BinaryHarness.repoRoot)/lessons/\(id)/\(id).md")
            let path = "\(BinaryHarness.repoRoot)/lessons/\(id)/zh/\(id).md"
            guard FileManager.default.fileExists(atPath: path) else { missing.append(id); continue }
            let chinese = try LessonParser.load(path: path)
            XCTAssertEqual(chinese.language, .zh, id)
            XCTAssertEqual(english.structureDifferences(from: chinese), [], "\(id): the Chinese lesson differs in structure")
            XCTAssertNotEqual(english.title, chinese.title, "\(id): the title is not translated")
            XCTAssertNotEqual(english.body, chinese.body, "\(id): the text is not translated")
            for (a, b) in zip(english.claims, chinese.claims) { XCTAssertNotEqual(a.text, b.text, "\(id): a claim is not translated") }
            for (a, b) in zip(english.parameters, chinese.parameters) where !a.help.isEmpty {
                XCTAssertNotEqual(a.help, b.help, "\(id): the help of \(a.name) is not translated")
            }
        }
        XCTAssertEqual(missing, [], "lessons without a Chinese file (lessons/<id>/zh/<id>.md)")
    }

    func testStructureDifferencesNameWhatDiffers() throws {
        let english = try LessonParser.parse("""
            ---
            id: demo
            title: Demo
            demo: demo.py
            params:
              - name: n
                default: 3
                min: 1
                max: 5
            claims:
              - say: "{n} ran"
                check: count(process.exit) == {n}
            notes:
              - when: process.exit
                say: ended
            ---
            text
            """, file: "en.md")
        var chinese = english
        chinese.claims[0].check = "count(process.exit) >= {n}"
        chinese.claims[0].text = "运行了"
        chinese.parameters[0].maximum = 6
        chinese.notes[0].once = true
        let differences = english.structureDifferences(from: chinese)
        XCTAssertEqual(differences.count, 4, "\(differences)")
        XCTAssertTrue(differences.contains { $0.hasPrefix("claim 1 check") })
        XCTAssertTrue(differences.contains { $0.hasPrefix("claim 1 placeholders") })
        XCTAssertTrue(differences.contains { $0.hasPrefix("param") })
        XCTAssertTrue(differences.contains { $0.hasPrefix("note 1 once") })
    }

    func testTheCatalogReadsChineseLessonsWithTheEnglishDemoAndFallsBackToEnglish() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zh-catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let lesson = "---\nid: ID\ntitle: TITLE\ndemo: demo.py\n---\nbody\n"
        for id in ["one", "two"] {
            try FileManager.default.createDirectory(atPath: "\(root)/lessons/\(id)/zh", withIntermediateDirectories: true)
            try lesson.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "TITLE", with: "Title")
                .write(toFile: "\(root)/lessons/\(id)/\(id).md", atomically: true, encoding: .utf8)
        }
        try lesson.replacingOccurrences(of: "ID", with: "one").replacingOccurrences(of: "TITLE", with: "标题")
            .write(toFile: "\(root)/lessons/one/zh/one.md", atomically: true, encoding: .utf8)
        let chinese = try LessonCatalog(root: root, language: .zh)
        let one = try chinese.lesson("one"), two = try chinese.lesson("two")
        XCTAssertEqual(one.title, "标题")
        XCTAssertEqual(one.language, .zh)
        XCTAssertFalse(one.translationMissing)
        XCTAssertEqual(one.demoPath, "\(root)/lessons/one/demo.py", "the demo stays beside the English lesson")
        XCTAssertEqual(two.title, "Title")
        XCTAssertTrue(two.translationMissing)
        let english = try LessonCatalog(root: root, language: .en)
        XCTAssertEqual(try english.lesson("one").title, "Title")
        XCTAssertFalse(try english.lesson("one").translationMissing)
    }

    func testALangKeyMustNameALanguage() {
        XCTAssertThrowsError(try LessonParser.parse("---\nid: d\ntitle: T\ndemo: d.py\nlang: fr\n---\n", file: "d.md"))
        XCTAssertEqual(try LessonParser.parse("---\nid: d\ntitle: T\ndemo: d.py\nlang: zh\n---\n", file: "d.md").language, .zh)
    }
}

extension LessonTranslationTests {
    func testTheChineseIndexListsTheSameLessonsInTheSameOrderWithChineseUnitNames() throws {
        let english = try LessonCatalog.readIndex(BinaryHarness.repoRoot + "/lessons/index.md")
        let chinese = try LessonCatalog.readIndex(BinaryHarness.repoRoot + "/lessons/zh/index.md")
        XCTAssertEqual(english.map(\.ids), chinese.map(\.ids), "lessons/zh/index.md must list the lessons of lessons/index.md, in order")
        for (a, b) in zip(english, chinese) { XCTAssertNotEqual(a.name, b.name, "the unit '\(a.name)' has no Chinese name") }
        let catalog = try LessonCatalog(root: BinaryHarness.repoRoot, language: .zh)
        XCTAssertEqual(catalog.units.map(\.name), chinese.map(\.name))
    }
}
