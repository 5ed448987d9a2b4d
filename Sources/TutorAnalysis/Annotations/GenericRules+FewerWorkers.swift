import TutorCore

extension GenericRules {
    /// A ProcessPoolExecutor that started fewer worker processes than its max_workers, under spawn or forkserver, each
    /// worker inside a submit(): said once, at its last submit() or the worker that submit() started, whichever is later
    /// (after it no submit() can start one; a note at the submit() itself missed the worker it was about to start: r14f_scraper_as_completed). Round 27F saw
    /// max_workers=6 start three workers and nothing said why (gaps 28A).
    func fewerWorkersThanMax() -> [Note] {
        var notes: [Note] = []
        for create in timeline.indices(of: .executorCreate) where notes.count < Self.perRule {
            guard let executor = events[create].object, events[create].objectType == "ProcessPoolExecutor",
                  let submit = timeline.indices(of: .futureSubmit).last(where: { events[$0].object == executor }),
                  case let last = max(submit, timeline.indices(of: .processSpawn).last(where: { events[$0].string(EventField.executor) == executor }) ?? submit),
                  let found = StateQueries.workersPerSubmit(executor: executor, through: last, in: events) else { continue }
            let detail = found.submits == 1 && found.started == 1 ? Phrase.noteFewerWorkersOne.text()
                : found.submits == found.started
                ? Phrase.noteFewerWorkersEach.text(["n": found.started])
                : Phrase.noteFewerWorkersSome.text(["n": found.started, "submits": found.submits])
            let text = Phrase.noteFewerWorkers.text(["executor": executor, "n": found.started, "max": found.max,
                                                     "method": found.method, "detail": detail])
            let premise = NotePremise.workersPerSubmit(step: last, executor: executor, started: found.started, submits: found.submits)
            if let n = note(last, .fewerWorkersThanMax, text, premise: premise) { notes.append(n) }
        }
        return notes
    }
}
