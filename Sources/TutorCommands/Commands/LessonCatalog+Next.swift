import TutorAnalysis
import TutorCore

extension LessonCatalog {
    /// The lesson named `id`, or without an id the first lesson the learner has not finished
    /// (the first of all when every one is finished): what `lesson` and `quiz` continue with.
    func lessonOrNext(_ id: String?, progress: ProgressStore) throws -> Lesson {
        if let id { return try lesson(id) }
        let finished = progress.load().finished
        guard let next = lessons.first(where: { finished[$0.id] == nil }) ?? lessons.first else {
            throw MPTutorError.other(Phrase.errNoLessons.text(["folder": lessonsFolder]))
        }
        return next
    }
}
