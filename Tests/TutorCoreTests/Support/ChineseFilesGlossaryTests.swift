import Foundation
import XCTest

/// Every Chinese text a learner reads outside the `Phrase` tables uses docs/glossary-zh.md's terms: the
/// Chinese lessons (front matter and text), the Chinese index of units, the Chinese `--help` and the
/// event words. A variant fails the test with its file and line.
final class ChineseFilesGlossaryTests: XCTestCase {
    /// Each file a learner reads in Chinese, relative to the root, with its learner-facing lines.
    private func chineseFiles() throws -> [(path: String, text: ChineseTextLines)] {
        let root = ChineseGlossary.root
        let fm = FileManager.default
        var files: [(String, ChineseTextLines)] = []
        let lessons = try fm.contentsOfDirectory(atPath: root.appendingPathComponent("lessons").path).sorted()
        for id in lessons {
            let path = "lessons/\(id)/zh/\(id).md"
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { continue }
            files.append((path, ChineseTextLines(lesson: text)))
        }
        let index = "lessons/zh/index.md"
        files.append((index, ChineseTextLines(lesson: try String(contentsOf: root.appendingPathComponent(index), encoding: .utf8))))
        let cli = "Sources/TutorCommands/CLI"
        for name in try fm.contentsOfDirectory(atPath: root.appendingPathComponent(cli).path).sorted()
        where name.hasPrefix("HelpText+Chinese") {
            let text = try String(contentsOf: root.appendingPathComponent("\(cli)/\(name)"), encoding: .utf8)
            files.append(("\(cli)/\(name)", ChineseTextLines(helpSource: text)))
        }
        let kinds = "Sources/TutorCore/Support/Phrase+EventKinds.swift"
        files.append((kinds, ChineseTextLines(swiftLiterals: try String(contentsOf: root.appendingPathComponent(kinds), encoding: .utf8))))
        return files
    }

    func testEveryChineseFileUsesTheGlossarysTerms() throws {
        let glossary = try ChineseGlossary()
        let files = try chineseFiles()
        XCTAssertGreaterThan(files.filter { $0.path.hasSuffix(".md") }.count, 30, "the Chinese lessons were not found")
        XCTAssertGreaterThanOrEqual(files.filter { $0.path.contains("HelpText") }.count, 3, "the Chinese help was not found")
        for (path, file) in files {
            for line in file.lines {
                let found = glossary.variants(in: line.text, leaving: file.names)
                XCTAssertTrue(found.isEmpty, "\(path):\(line.number): \(found.joined(separator: "; ")) in “\(line.text)”")
            }
        }
    }

    func testALessonsProseIsReadAndItsCodeIsNot() throws {
        let lesson = """
        ---
        id: x
        title: "许多任务，几个工作者"
        seeds: [002 启动方法]
        claims:
          - say: worker 完成了
            check: count(process.exit where name == worker) == 1
        questions:
          - ask: 哪个？
            choices: ["伫列", "{workers}"]
          - ask: 几个？
            choices: ["1", "{min(3, workers)}", "{ceil(items / (chunksize or 4 * workers))}"]
        ---
        # 标题

        ```python
        pool = Pool(initializer=f)   # the workers
        ```
        无法被 pickle 的函数
        """
        let file = ChineseTextLines(lesson: lesson)
        let glossary = try ChineseGlossary()
        let hits = file.lines.filter { !glossary.variants(in: $0.text, leaving: file.names).isEmpty }.map(\.number)
        XCTAssertEqual(hits, [3, 10, 19], "the title, a choice and the text's variant, by line; not the seeds, check, code or a computed choice's names (gaps 29C)")
        XCTAssertEqual(file.names, ["worker"])
    }

    func testTheHelpsStringsAndTheEventWordsAreRead() {
        let help = ChineseTextLines(helpSource: "let a = \"\"\"\n  伫列\n\"\"\"\n// 伫列\nlet b = \"\"\"\n  x\n  \"\"\" + a\n")
        XCTAssertEqual(help.lines.map(\.number), [2, 6])
        let kinds = ChineseTextLines(swiftLiterals: "  \"queue.put\": (\"put on a queue\", \"放进伫列\"),\n  /// \"伫列\"\n")
        XCTAssertEqual(kinds.lines.map(\.text), ["放进伫列"])
    }
}
