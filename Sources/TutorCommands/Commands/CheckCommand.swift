import TutorCore
import TutorAnalysis
import TutorTerminal

/// `mp-tutor check <id>... | --all`: runs lessons live and verifies their claims.
struct CheckCommand {
    let context: CommandContext
    let ids: [String]
    let all: Bool
    let variant: String?
    /// `NAME=VALUE` parameter changes (one named lesson only: the claims must hold for them too).
    var settings: [String] = []
    let run: RunOptions
    var recordDirectory: String?

    func execute() throws -> Int32 {
        if !all, !ids.isEmpty, ids.allSatisfy(TranscriptCheck.isTranscript) {
            return try TranscriptCheck(paths: ids, catalog: try? context.catalog()).execute()
        }
        let catalog = try context.catalog()
        var targets: [(Lesson, String?)] = []
        if all {
            for lesson in catalog.lessons {
                targets.append((lesson, nil))
                targets += lesson.variants.map { (lesson, $0.id) }
            }
        } else {
            targets = try ids.map { (try catalog.lesson($0), variant) }
        }
        let caps = context.capabilities(DisplayOptions())
        let painter = Painter(capabilities: caps)
        var failures = 0
        var busy = 0
        if all {
            // A lesson that cannot be read fails alone, with its own file:line error; the others are checked.
            for (id, error) in catalog.broken {
                Console.out(painter.paint("FAIL", .red, .bold) + " " + Phrase.checkLessonUnreadable.text(["id": id]) + "\n")
                Console.out("  \(TextSanitizer.neutralize(error.message, keepColors: false))\n")
                failures += 1
            }
        }
        for (lesson, variant) in targets {
            let name = lesson.id + (variant.map { " --variant \($0)" } ?? "") + settings.map { " --set \($0)" }.joined()
            let live = try LiveLessonRun(context: context, lesson: lesson, variant: variant, settings: settings, run: run)
            let started = MonotonicClock.nowNs()
            let result = try live.execute()
            if result.outcome.interrupted { Console.out(Phrase.interrupted.text() + "\n"); return RunStatusPolicy.interrupted(result.outcome) }
            let timeline = TimelineBuilder.build(result.transcript)
            let report = ClaimReport(lesson: lesson, variant: variant, parameters: live.parameters.dictionary, timeline: timeline)
            let took = Format.duration(ns: Int64(MonotonicClock.nowNs() - started))
            let answers = QuestionReport(lesson: lesson, variant: variant, parameters: live.parameters.dictionary, timeline: timeline)
            // The live run must also hold every invariant of a recorded run (one exit per process, counts, waits,
            // note premises, causal order), as `check FILE.jsonl` and the corpus runner verify.
            let broken = TranscriptCheck.violations(of: result.transcript, timeline: timeline, lesson: lesson)
            let sound = !report.entries.isEmpty && !result.tracerSilent && answers.answeredAll && answers.unmatched.isEmpty && broken.isEmpty
            let ok = report.passed && sound
            // Load 31: claims that need free cores, false on a run that measured a busy machine, are not judged: the
            // lesson is neither passed nor failed.
            let notJudged = !ok && sound && report.passedExceptBusy
            let label = ok ? painter.paint("PASS", .green, .bold)
                : notJudged ? painter.paint(Phrase.checkBusyLabel.text(), .yellow, .bold) : painter.paint("FAIL", .red, .bold)
            Console.out(label + " \(name)" + Phrase.checkRunFacts.text(["duration": took, "n": timeline.events.count]) + "\n")
            if report.entries.isEmpty { Console.out("  " + Phrase.checkNoClaims.text() + "\n") }
            if let problem = report.unprovedBecause { Console.out("  " + Phrase.checkUnproved.text(["problem": problem]) + "\n") }
            for entry in report.entries {
                let mark = entry.unproved || entry.notJudgedBusy ? "?" : entry.outcome.passed ? painter.symbol("✓", ascii: "ok") : painter.symbol("✗", ascii: "FAIL")
                Console.out("  \(mark) \(entry.text)\n")
                if !entry.outcome.passed {
                    // The author's query and the figures it compared, then the same in words for the learner.
                    // An unproved claim has no figures: its one line says why.
                    let figures = entry.unproved || entry.notJudgedBusy ? "" : Phrase.observedPrefix.text(["what": entry.outcome.observed]) + "\n      "
                    Console.out("      " + Phrase.checkQuery.text(["check": entry.check]) + "\n      " + figures
                        + Phrase.observedPrefix.text(["what": entry.outcome.observation.inWords()]) + "\n")
                }
            }
            for violation in broken {
                let mark = painter.symbol("✗", ascii: "FAIL")
                Console.out("  \(mark) " + Phrase.checkInvariantFailed.text(["invariant": violation.invariant,
                    "message": TextSanitizer.neutralize(violation.message, keepColors: false)]) + "\n")
            }
            for reveal in answers.reveals {
                let matched = reveal.choices.isEmpty || reveal.correctChoice != nil
                let mark = reveal.answer != nil && matched ? painter.symbol("?", ascii: "?") : painter.symbol("✗", ascii: "FAIL")
                Console.out("  \(mark) \(TextSanitizer.neutralize(reveal.ask, keepColors: false)) "
                    + painter.paint("→ \(reveal.answer.map { TextSanitizer.neutralize($0, keepColors: false) } ?? Phrase.checkNoAnswer.text())", .dim) + "\n")
                if let problem = reveal.problem { Console.out("      " + Phrase.checkQueryLine.text(["query": reveal.query]) + "\n      \(problem)\n") }
                if reveal.answer != nil, !matched {
                    let list = reveal.choices.map { TextSanitizer.neutralize($0, keepColors: false) }.joined(separator: Phrase.listComma.text())
                    Console.out("      " + Phrase.checkNoChoiceRight.text(["choices": list]) + "\n")
                }
            }
            if notJudged { busy += 1 } else if !ok { failures += 1 }
            if ok, let directory = recordDirectory {
                // Only a run that proved every claim becomes the lesson's transcript.
                let name = lesson.id + (variant.map { "--" + $0 } ?? "") + ".jsonl"
                try TranscriptWriter.write(result.transcript, to: directory + "/" + name)
            }
        }
        let checked = targets.count + (all ? catalog.broken.count : 0)
        let totals = busy == 0 ? Phrase.checkTotals.text(["passed": checked - failures, "failed": failures])
            : Phrase.checkTotalsBusy.text(["passed": checked - failures - busy, "failed": failures, "busy": busy])
        Console.out(totals + "\n")
        return failures == 0 ? 0 : 1
    }
}
