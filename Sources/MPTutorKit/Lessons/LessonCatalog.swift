import Foundation

/// All lessons under `lessons/`: each in its own folder, as `lessons/<id>/<id>.md` beside its demo.
public struct LessonCatalog: Sendable {
    public var root: String
    public var lessons: [Lesson]

    /// Loads every lesson; a broken lesson is an error that names its file and line.
    public init(root: String) throws {
        self.root = root
        let folder = root + "/lessons"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var lessons: [Lesson] = []
        for entry in entries.sorted() {
            let file = "\(folder)/\(entry)/\(entry).md"
            guard FileManager.default.fileExists(atPath: file) else { continue }
            let lesson = try LessonParser.load(path: file)
            guard lesson.id == entry else {
                throw MPTutorError.badInput(file: file, line: 2, message: "the id '\(lesson.id)' must match the folder name '\(entry)'")
            }
            lessons.append(lesson)
        }
        self.lessons = lessons.sorted { ($0.unit, $0.id) < ($1.unit, $1.id) }
    }

    /// The lesson with this id, or a usage error with a suggestion.
    public func lesson(_ id: String) throws -> Lesson {
        if let lesson = lessons.first(where: { $0.id == id }) { return lesson }
        let suggestion = Suggestion.closest(to: id, among: lessons.map(\.id))
        throw MPTutorError.usage("unknown lesson '\(id)'",
                                 hint: (suggestion.map { "Did you mean '\($0)'? " } ?? "") + "See 'mp-tutor list' for all lessons.")
    }

    /// The committed transcript of a lesson (and variant).
    public func transcriptPath(for id: String, variant: String? = nil) -> String {
        root + "/transcripts/" + id + (variant.map { "--" + $0 } ?? "") + ".jsonl"
    }
}
