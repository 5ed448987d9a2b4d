import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `list` reads headlines only: they must say what the full parse says, and a headline that cannot be
/// read names its file and line as the full parse would.
final class LessonListingTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testEveryLessonsHeadlineIsWhatTheFullParseSaysInBothLanguages() throws {
        let lessons = BinaryHarness.repoRoot + "/lessons"
        for language in [Language.en, .zh] {
            let catalog = LessonCatalog(lessons: lessons, transcripts: BinaryHarness.repoRoot + "/transcripts", language: language)
            let listing = LessonListing(lessons: lessons, language: language)
            XCTAssertGreaterThan(listing.lessons.count, 20)
            XCTAssertEqual(listing.lessons.map(\.id), catalog.lessons.map(\.id), "\(language)")
            for (headline, lesson) in zip(listing.lessons, catalog.lessons) {
                XCTAssertEqual(headline.summary, lesson.summary, headline.id)
                XCTAssertEqual(headline.variants, lesson.variants.map(\.id), headline.id)
                XCTAssertEqual(listing.unit(of: headline), catalog.unit(of: lesson), headline.id)
                XCTAssertEqual(headline.file, lesson.file, headline.id)
            }
            XCTAssertEqual(listing.units.map(\.name), catalog.units.map(\.name))
            XCTAssertTrue(listing.broken.isEmpty && catalog.broken.isEmpty)
        }
    }

    func testHeadlinesOfAwkwardButValidFilesMatchTheFullParse() throws {
        let texts = [
            "---\r\nid: crlf\r\ntitle: T\r\nsummary: \"quoted: \\\"x\\\"\"\r\ndemo: d.py\r\n---\r\nbody\r\n",
            "---\nid: a\n# comment\nsummary: s\nvariants:\n- id: v1\n  args: [--x, 1]\n- id: v2\ntitle: T\ndemo: d.py\n---\n",
            "  ---  \nid: a\ntitle: T\nunit: U\ndemo: d.py\nsummary: 'one'\n\u{00A0}---\u{00A0}\nafter: nbsp fence\n---\n",
        ]
        for (number, text) in texts.enumerated() {
            let file = "lessons/x\(number)/x\(number).md"
            let lesson = try LessonParser.parse(text, file: file)
            let headline = try LessonHeadline.parse(text, file: file)
            XCTAssertEqual(headline, LessonHeadline(id: lesson.id, unit: lesson.unit, summary: lesson.summary,
                                                    variants: lesson.variants.map(\.id), file: file), text)
            // From a file, only the front matter is decoded.
            try folder.write(file, text)
            XCTAssertEqual(try LessonHeadline.load(path: folder.path + "/" + file).summary, lesson.summary, text)
        }
    }

    func testABrokenHeadlineIsNamedAtItsLineAndABrokenClaimWaitsForTheLesson() throws {
        try folder.write("lessons/nofence/nofence.md", "id: nofence\n")
        try folder.write("lessons/open/open.md", "---\nid: open\ntitle: T\n")
        try folder.write("lessons/noid/noid.md", "---\ntitle: T\nsummary: s\n---\n")
        try folder.write("lessons/twice/twice.md", "---\nid: twice\nsummary: a\nsummary: b\n---\n")
        try folder.write("lessons/badvariant/badvariant.md", "---\nid: badvariant\nvariants:\n  - summary: no id\n---\n")
        try folder.write("lessons/other/other.md", "---\nid: wrong\n---\n")
        try folder.write("lessons/claim/claim.md", "---\nid: claim\ntitle: T\ndemo: d.py\ntimeout: inf\nsummary: fine to list\n---\n")
        let listing = LessonListing(lessons: folder.path + "/lessons", language: .en)
        let lines = Dictionary(uniqueKeysWithValues: listing.broken.map { ($0.id, $0.error.badInputParts?.line) })
        XCTAssertEqual(lines, ["nofence": 1, "open": 1, "noid": 2, "twice": 4, "badvariant": 4, "other": 2])
        XCTAssertEqual(listing.broken.first { $0.id == "other" }?.error.badInputParts?.file, folder.path + "/lessons/other/other.md")
        XCTAssertEqual(listing.lessons.map(\.summary), ["fine to list"])
        // The full parse, when the lesson is used, still names the bad timeout at its line.
        assertMPTutorError(try LessonCatalog(root: folder.path).lesson("claim")) { error in
            XCTAssertEqual(error.badInputParts?.line, 5)
        }
    }

    func testALessonReadAloneIsTheCatalogsLessonOrError() throws {
        let lessons = BinaryHarness.repoRoot + "/lessons"
        for language in [Language.en, .zh] {
            let catalog = LessonCatalog(lessons: lessons, transcripts: BinaryHarness.repoRoot + "/transcripts", language: language)
            for lesson in catalog.lessons {
                let alone = try XCTUnwrap(try LessonCatalog.lesson(lesson.id, in: lessons, language: language))
                XCTAssertEqual([alone.id, alone.title, alone.file, alone.directory, alone.body, alone.demo],
                               [lesson.id, lesson.title, lesson.file, lesson.directory, lesson.body, lesson.demo])
                XCTAssertEqual(alone.claims, lesson.claims)
                XCTAssertEqual(alone.notes, lesson.notes)
                XCTAssertEqual(alone.parameters, lesson.parameters)
                XCTAssertEqual(alone.variants, lesson.variants)
                XCTAssertEqual(alone.language, lesson.language)
                XCTAssertEqual(alone.translationMissing, lesson.translationMissing)
            }
        }
        try folder.write("lessons/claim/claim.md", "---\nid: claim\ntitle: T\ndemo: d.py\ntimeout: inf\n---\n")
        try folder.write("lessons/other/other.md", "---\nid: wrong\ntitle: T\ndemo: d.py\n---\n")
        let catalog = LessonCatalog(root: folder.path, language: .en)
        for id in ["claim", "other"] {
            var alone: MPTutorError?, whole: MPTutorError?
            assertMPTutorError(try LessonCatalog.lesson(id, in: folder.path + "/lessons", language: .en)) { alone = $0 }
            assertMPTutorError(try catalog.lesson(id)) { whole = $0 }
            XCTAssertEqual(alone?.message, whole?.message)
            XCTAssertEqual(alone?.badInputParts?.line, whole?.badInputParts?.line)
            XCTAssertNotNil(alone?.badInputParts?.line)
        }
        for id in ["nothing", "../lessons/claim", "Claim", "", ".", "claim/claim"] {
            XCTAssertNil(try LessonCatalog.lesson(id, in: folder.path + "/lessons", language: .en), id)
        }
    }
}
