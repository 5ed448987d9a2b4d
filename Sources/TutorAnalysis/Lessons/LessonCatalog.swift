import Foundation
import TutorCore

/// All lessons of a lessons folder: each in its own folder, as `<id>/<id>.md` beside its demo,
/// in the order of `lessons/index.md` (the curriculum's units, then any lesson the index does not name).
/// In Chinese, a lesson is read from `lessons/<id>/zh/<id>.md` when that file exists, else in English.
public struct LessonCatalog: Sendable {
    /// The folder holding the lesson folders.
    public var lessonsFolder: String
    /// The folder holding the lessons' recorded runs (`<id>[--<variant>].jsonl`).
    public var transcriptsFolder: String
    /// The language the lessons were loaded in.
    public var language: Language
    /// Lessons in curriculum order.
    public var lessons: [Lesson]
    /// The curriculum's units with their lesson ids, from `lessons/index.md`, including ids not written yet.
    public var units: [(name: String, ids: [String])]
    /// Lessons that could not be read, by folder name, each with its own error (file and line): one broken
    /// lesson fails alone, and every other lesson, and every command, still works.
    public var broken: [(id: String, error: MPTutorError)]
    /// What is wrong with `lessons/index.md`, if anything (the lessons are then listed by id).
    public var indexProblem: MPTutorError?

    /// Loads every lesson of a project folder (`root/lessons`, `root/transcripts`) in `language`.
    public init(root: String, language: Language = .current) {
        self.init(lessons: root + "/lessons", transcripts: root + "/transcripts", language: language)
    }

    /// Loads every lesson in `language`; a broken lesson is kept in `broken` with an error that names its file and line.
    public init(lessons folder: String, transcripts: String, language: Language = .current) {
        lessonsFolder = folder
        transcriptsFolder = transcripts
        self.language = language
        var lessons: [Lesson] = []
        (lessons, broken) = Self.readFolders(folder, identity: { ($0.id, $0.file) }) { file, directory in
            var lesson = try Self.load(file: file, folder: directory, language: language)
            lesson.directory = directory
            return lesson
        }
        (units, indexProblem) = Self.readUnits(folder, language: language)
        self.lessons = Self.ordered(lessons, id: \.id, units: units)
    }

    /// The lesson `id` of `folder` read alone, exactly as the whole catalog would read it (the same
    /// lesson, or the same error with file and line); nil when `folder` has no lesson by that name (the
    /// catalog then says so, with a suggestion). What `lesson <id>` needs, without parsing every lesson.
    public static func lesson(_ id: String, in folder: String, language: Language = .current) throws -> Lesson? {
        // A name the folder lists, exactly (a case-insensitive file system would find `Pool-Async` too),
        // never a path such as `..` or `a/b`.
        guard !id.contains("/"), (try? FileManager.default.contentsOfDirectory(atPath: folder))?.contains(id) == true,
              FileManager.default.fileExists(atPath: "\(folder)/\(id)/\(id).md") else { return nil }
        let (lessons, broken) = readFolders(folder, entries: [id], identity: { ($0.id, $0.file) }) { file, directory in
            var lesson = try Self.load(file: file, folder: directory, language: language)
            lesson.directory = directory
            return lesson
        }
        if let failure = broken.first { throw failure.error }
        return lessons.first
    }

    /// Reads `<folder>/<entry>/<entry>.md` for every entry of `folder` with `load`, in name order; a lesson
    /// that fails, or whose id is not its folder's name, is kept in `broken` with an error naming file and line
    /// (`identity` gives an item's id and the file it was read from: a translation's own file).
    static func readFolders<Item>(_ folder: String, entries given: [String]? = nil, identity: (Item) -> (id: String, file: String),
                                  load: (_ file: String, _ directory: String) throws -> Item)
        -> (items: [Item], broken: [(id: String, error: MPTutorError)]) {
        let entries = given ?? (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var items: [Item] = []
        var broken: [(id: String, error: MPTutorError)] = []
        for entry in entries.sorted() {
            let file = "\(folder)/\(entry)/\(entry).md"
            guard FileManager.default.fileExists(atPath: file) else { continue }
            do {
                let item = try load(file, "\(folder)/\(entry)")
                let (id, read) = identity(item)
                guard id == entry else {
                    throw MPTutorError.badInput(file: read, line: 2, message: "the id '\(id)' must match the folder name '\(entry)'")
                }
                items.append(item)
            } catch let error as MPTutorError {
                broken.append((TextSanitizer.line(entry), error))
            } catch {
                broken.append((TextSanitizer.line(entry), .badInput(file: file, line: nil, message: "\(error)")))
            }
        }
        return (items, broken)
    }

    /// The units of `lessons/index.md` (in Chinese from `zh/index.md` when it lists the same lessons in the
    /// same order), or what is wrong with the index.
    static func readUnits(_ folder: String, language: Language) -> (units: [(name: String, ids: [String])], problem: MPTutorError?) {
        do {
            var units = try Self.readIndex(folder + "/index.md")
            // The Chinese index names the units in Chinese; it must list the same lessons in the same order.
            if language == .zh, FileManager.default.fileExists(atPath: folder + "/zh/index.md") {
                let translated = try Self.readIndex(folder + "/zh/index.md")
                if translated.map(\.ids) == units.map(\.ids) { units = translated }
            }
            return (units, nil)
        } catch let error as MPTutorError {
            return ([], error)
        } catch {
            return ([], nil)
        }
    }

    /// In the index's order, then any lesson the index does not name, by id.
    static func ordered<Item>(_ items: [Item], id: (Item) -> String, units: [(name: String, ids: [String])]) -> [Item] {
        var position: [String: Int] = [:]
        for (index, lessonID) in units.flatMap(\.ids).enumerated() where position[lessonID] == nil { position[lessonID] = index }
        return items.sorted { (position[id($0)] ?? .max, id($0)) < (position[id($1)] ?? .max, id($1)) }
    }

    /// The path of the lesson file to read for `file` (English) in `language`: its translation in `zh/`
    /// when there is one, and whether it is one.
    static func translatedPath(of file: String, folder: String, language: Language) -> (path: String, translated: Bool) {
        guard language != .en else { return (file, false) }
        let translated = "\(folder)/\(language.rawValue)/\((file as NSString).lastPathComponent)"
        return FileManager.default.fileExists(atPath: translated) ? (translated, true) : (file, false)
    }

    /// The lesson at `file` (English) in `language`: its translation in `zh/` when there is one.
    /// The demo stays where the English lesson is, so both files name it the same way.
    static func load(file: String, folder: String, language: Language) throws -> Lesson {
        let (path, translated) = translatedPath(of: file, folder: folder, language: language)
        var lesson = try LessonParser.load(path: path)
        if translated { lesson.language = language } else if language != .en { lesson.translationMissing = true }
        return lesson
    }

    /// The unit a lesson belongs to in the index, else its own `unit`.
    public func unit(of lesson: Lesson) -> String {
        units.first { $0.ids.contains(lesson.id) }?.name ?? lesson.unit
    }

    /// `## Unit` headings followed by `- id` lines.
    static func readIndex(_ path: String) throws -> [(name: String, ids: [String])] {
        guard var text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        if text.contains("\r\n") { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        var units: [(name: String, ids: [String])] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("## ") {
                units.append((TextSanitizer.line(String(line.dropFirst(3))), []))
            } else if line.hasPrefix("- ") {
                guard !units.isEmpty else {
                    throw MPTutorError.badInput(file: path, line: number + 1, message: "a lesson id before the first '## unit' heading")
                }
                units[units.count - 1].ids.append(TextSanitizer.line(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)))
            }
        }
        return units
    }

    /// The lesson with this id, or a usage error with a suggestion.
    public func lesson(_ id: String) throws -> Lesson {
        if let lesson = lessons.first(where: { $0.id == id }) { return lesson }
        if let failure = broken.first(where: { $0.id == id }) { throw failure.error }
        let suggestion = Suggestion.closest(to: id, among: lessons.map(\.id))
        throw MPTutorError.usage(Phrase.errUnknownLesson.text(["id": id]),
                                 hint: (suggestion.map { Phrase.hintDidYouMean.text(["suggestion": $0]) } ?? "") + Phrase.hintSeeList.text())
    }

    /// The committed transcript of a lesson (and variant).
    public func transcriptPath(for id: String, variant: String? = nil) -> String {
        transcriptsFolder + "/" + id + (variant.map { "--" + $0 } ?? "") + ".jsonl"
    }
}
