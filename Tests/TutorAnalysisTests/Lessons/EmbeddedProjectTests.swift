import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The lessons and transcripts carried by the binary are exactly lessons/ and transcripts/, and are
/// written to disk once, whole, in a folder named after their content.
final class EmbeddedProjectTests: XCTestCase {
    func testEmbeddedFilesMatchLessonsAndTranscriptsOnDisk() throws {
        let root = BinaryHarness.repoRoot
        for (folder, embedded, filter) in [("lessons", EmbeddedProject.lessonFiles, { (_: String) in true }),
                                           ("transcripts", EmbeddedProject.transcriptFiles, { (name: String) in name.hasSuffix(".jsonl") })] {
            let onDisk = try Self.files(under: root + "/" + folder).filter(filter)
            XCTAssertEqual(embedded.map(\.path), onDisk, "\(folder)/ changed: run python3 scripts/embed-resources.py")
            for file in embedded where onDisk.contains(file.path) {
                let text = try String(contentsOfFile: root + "/" + folder + "/" + file.path, encoding: .utf8)
                XCTAssertEqual(file.text, text, "\(folder)/\(file.path) changed: run python3 scripts/embed-resources.py")
            }
        }
        XCTAssertTrue(EmbeddedProject.lessonFiles.contains { $0.path == "index.md" })
        XCTAssertTrue(EmbeddedProject.lessonFiles.contains { $0.path.hasSuffix("/demo.py") })
    }

    func testContentHashCoversEveryFile() {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in EmbeddedProject.files {
            for byte in Array((file.path + "\0").utf8) + Array(file.text.utf8) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        XCTAssertEqual(String(format: "%016llx", hash), EmbeddedProject.contentHash, "run python3 scripts/embed-resources.py")
    }

    func testWritesTheFilesOnceIntoTheCacheFolder() throws {
        let cache = try TemporaryFolder()
        defer { cache.remove() }
        let root = try EmbeddedProject.root(environment: ["XDG_CACHE_HOME": cache.path])
        XCTAssertEqual(root, cache.path + "/mp-tutor/content-" + EmbeddedProject.contentHash)
        let catalog = try LessonCatalog(root: root)
        XCTAssertEqual(catalog.lessons.count, EmbeddedProject.lessonFiles.filter { file in
            let parts = file.path.split(separator: "/")
            return parts.count == 2 && parts[1] == parts[0] + ".md"
        }.count)
        XCTAssertTrue(FileManager.default.fileExists(atPath: catalog.transcriptPath(for: "pool-async")))
        // a second use reads what is there; a folder cut short (no .complete) is written again
        let demo = try XCTUnwrap(catalog.lessons.first).directory + "/" + (try XCTUnwrap(catalog.lessons.first)).demo
        try FileManager.default.removeItem(atPath: root + "/.complete")
        try FileManager.default.removeItem(atPath: demo)
        XCTAssertEqual(try EmbeddedProject.root(environment: ["XDG_CACHE_HOME": cache.path]), root)
        XCTAssertTrue(FileManager.default.fileExists(atPath: demo))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/mp-tutor")
        XCTAssertEqual(leftovers, ["content-" + EmbeddedProject.contentHash], "no partial folder left behind")
    }

    static func files(under folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let path = walker.nextObject() as? String {
            let parts = path.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") || $0 == "__pycache__" }) || path.hasSuffix(".pyc") { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDir), !isDir.boolValue { out.append(path) }
        }
        return out.sorted()
    }
}
