import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// `mp-tutor quiz [<id>]`: a lesson's questions for a learner alone: asked at the prompt, then the demo
/// runs live and each answer is revealed from the run's events and scored. The score is kept beside the
/// lesson progress.
struct QuizCommand {
    let context: CommandContext
    let id: String?
    let options: LessonRunOptions
    /// Reads one answer line; nil at end of input.
    var readLine: () -> String? = { Swift.readLine(strippingNewline: true) }

    func run() throws -> Int32 {
        let progress = ProgressStore(environment: context.environment)
        let lesson = try context.lessonOrNext(id, progress: progress)
        let live = try LiveLessonRun(context: context, lesson: lesson, variant: options.variant, settings: options.settings, run: options.run)
        let caps = context.capabilities(options.display)
        let painter = Painter(capabilities: caps)
        let words = ClassroomWords.forLesson(lesson)
        let questions = QuestionReport.questions(of: lesson, variant: live.variant, parameters: live.parameters.dictionary)
        guard !questions.isEmpty else { throw MPTutorError.other(Phrase.errNoQuestions.text(["lesson": lesson.id])) }
        Console.out(painter.paint(TextSanitizer.neutralize(lesson.title, keepColors: false), .bold) + "\n\n")
        var answers: [String?] = []
        let renderer = QuestionRenderer(capabilities: caps, words: words)
        for (n, question) in questions.enumerated() {
            Console.out(painter.paint("\(words.question) \(n + 1)/\(questions.count)", .bold) + "\n")
            Console.out(renderer.block(n, question, reveal: false).joined(separator: "\n") + "\n")
            Console.out("  \(words.yourAnswer)\(question.choices.isEmpty ? "" : " (1-\(question.choices.count))")\(words.colon)")
            guard let line = readLine() else { Console.out("\n"); return 1 }
            answers.append(Self.answer(line, to: question))
            Console.out("\n")
        }
        Console.out(painter.paint("\(painter.symbol("▶", ascii: ">")) running \(live.displayCommand.joined(separator: " "))", .bold) + "\n")
        let result = try live.execute()
        if result.outcome.interrupted { return 130 }
        let timeline = TimelineBuilder.build(result.transcript)
        let report = QuestionReport(lesson: lesson, variant: live.variant, parameters: live.parameters.dictionary, timeline: timeline)
        var score = 0
        Console.out("\n")
        for (n, reveal) in report.reveals.enumerated() {
            Console.out(painter.paint("\(words.answer) \(n + 1)/\(report.reveals.count)", .bold) + "\n")
            Console.out(renderer.block(n, reveal, reveal: true).joined(separator: "\n") + "\n")
            let given = answers[n]
            let right = given.map(reveal.isCorrect) ?? false
            if right { score += 1 }
            Console.out("  \(words.yourAnswer)\(words.colon)\(given.map { TextSanitizer.neutralize($0, keepColors: false) } ?? "-")  "
                + (right ? painter.paint(words.right, .green, .bold) : painter.paint(words.wrong, .yellow)) + "\n\n")
        }
        Console.out(painter.paint("\(words.score)\(words.colon)\(score) / \(report.reveals.count)", .bold) + "\n")
        try progress.recordQuiz(lesson.id, score: score, of: report.reveals.count)
        return 0
    }

    /// The answer as the reveal compares it: a choice's number becomes the choice's text.
    static func answer(_ line: String, to question: QuestionReveal) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if !question.choices.isEmpty, let n = Int(text), (1...question.choices.count).contains(n) { return question.choices[n - 1] }
        return text
    }
}
