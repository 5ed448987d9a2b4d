import Foundation
import TutorCore

/// Quiz scores, kept beside the lesson progress (`quiz.json` next to `progress.json`): the last and the
/// best score of each lesson.
extension ProgressStore {
    public var quizPath: String { (path as NSString).deletingLastPathComponent + "/quiz.json" }

    /// Scores by lesson id: (last, best, questions). An unreadable file counts as empty.
    public func quizScores() -> [String: (last: Int, best: Int, of: Int)] {
        guard let data = FileManager.default.contents(atPath: quizPath),
              let object = try? JSONParser.parse(ArraySlice(data)).objectValue else { return [:] }
        var scores: [String: (last: Int, best: Int, of: Int)] = [:]
        for member in object.members {
            guard let entry = member.value.objectValue, let last = entry["last"]?.intValue, let best = entry["best"]?.intValue,
                  let of = entry["of"]?.intValue, (0...9).contains(of), (0...of).contains(last), (0...of).contains(best) else { continue }
            scores[member.key] = (Int(last), Int(best), Int(of))
        }
        return scores
    }

    /// Records a quiz's score now.
    public func recordQuiz(_ id: String, score: Int, of count: Int) throws {
        var scores = quizScores()
        let best = max(score, scores[id].map { $0.of == count ? $0.best : 0 } ?? 0)
        scores[id] = (score, best, count)
        let object = JSONObject(scores.sorted { $0.key < $1.key }.map { key, value in
            (key, JSONValue.object(JSONObject([("last", .int(Int64(value.last))), ("best", .int(Int64(value.best))), ("of", .int(Int64(value.of)))])))
        })
        do {
            try FileManager.default.createDirectory(atPath: (quizPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data((JSONValue.object(object).serialized() + "\n").utf8).write(to: URL(fileURLWithPath: quizPath), options: .atomic)
        } catch {
            throw MPTutorError.other("could not save your quiz score to \(quizPath): \(error.localizedDescription)")
        }
    }
}
