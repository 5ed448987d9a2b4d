import TutorAnalysis
import TutorCore

extension CommandContext {
    /// `lessonOrNext` for `lesson` and `quiz`: a named lesson is read alone (the same lesson or the same
    /// error as from the whole catalog); the next unfinished one, or an unknown name, needs the catalog.
    func lessonOrNext(_ id: String?, progress: ProgressStore) throws -> Lesson {
        if let id, let lesson = try LessonCatalog.lesson(id, in: try locator.project().lessons) { return lesson }
        return try catalog().lessonOrNext(id, progress: progress)
    }
}
