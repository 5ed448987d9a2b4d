import TutorCore

/// The lessons of a lessons folder as `mp-tutor list` shows them: each lesson's headline (id, unit,
/// summary, variants) in curriculum order, read from the front matter alone. The same folders, index,
/// order and translations as `LessonCatalog`; a lesson whose headline cannot be read is in `broken`
/// with its file and line; anything else wrong with a lesson is reported when the lesson is used.
public struct LessonListing: Sendable {
    /// Headlines in curriculum order.
    public var lessons: [LessonHeadline]
    /// The curriculum's units with their lesson ids, from `lessons/index.md`, including ids not written yet.
    public var units: [(name: String, ids: [String])]
    /// Lessons whose headline could not be read, by folder name, each with its own error (file and line).
    public var broken: [(id: String, error: MPTutorError)]
    /// What is wrong with `lessons/index.md`, if anything (the lessons are then listed by id).
    public var indexProblem: MPTutorError?

    /// Reads the headline of every lesson of `folder` in `language`.
    public init(lessons folder: String, language: Language = .current) {
        var headlines: [LessonHeadline] = []
        (headlines, broken) = LessonCatalog.readFolders(folder, identity: { ($0.id, $0.file) }) { file, directory in
            try LessonHeadline.load(path: LessonCatalog.translatedPath(of: file, folder: directory, language: language).path)
        }
        (units, indexProblem) = LessonCatalog.readUnits(folder, language: language)
        lessons = LessonCatalog.ordered(headlines, id: \.id, units: units)
    }

    /// The unit a lesson belongs to in the index, else its own `unit`.
    public func unit(of lesson: LessonHeadline) -> String {
        units.first { $0.ids.contains(lesson.id) }?.name ?? lesson.unit
    }
}
