import TutorCore

extension GenericRules {
    /// `submit(self.method, x)` (or `map()`) on a ProcessPoolExecutor, `apply_async(self.method, …)` (or `map()`…) on a
    /// process Pool: the method's instance is pickled with it, so each work item or task runs on its own copy and what the
    /// method changes in `self` never comes back (r11_executor_bound_method, gaps 12B; g13b_pool_bound_method, gaps 13B).
    /// One note per executor or pool and class, at its first such submit.
    func boundMethodCopies() -> [Note] {
        var notes: [Note] = []
        var said: Set<String> = []
        for index in timeline.indices(of: .futureSubmit, .poolSubmit) where notes.count < Self.perRule {
            // the cheap fields first: the premise's look back for the creation is made once per executor and class
            let e = events[index]
            guard let named = e.string(EventField.bound), let object = e.object, said.insert(object + "\u{0}" + named).inserted,
                  let bound = StateQueries.boundMethodPickled(at: index, in: events) else { continue }
            let unsent = e.is(.poolSubmit) ? everyChunkUnsent(of: index) : nil
            let phrase: Phrase = unsent != nil ? .noteBoundMethodUnsentPool
                : e.is(.poolSubmit) ? .noteBoundMethodCopiedPool : .noteBoundMethodCopied
            let text = phrase.text([
                "call": (e.method ?? "submit") + "()", "func": e.string(EventField.function) ?? "?", "class": bound,
                "object": object, "who": e.process, "task": PoolTask.name(job: e.job ?? 0, index: 0),
                "message": unsent ?? ""])
            if let made = note(index, .boundMethodCopied, text, premise: .boundMethodPickled(step: index)) { notes.append(made) }
        }
        return notes
    }
}

private extension GenericRules {
    /// The message of the failure when the task handler could not send any chunk of the pool task submitted at
    /// `index` (every chunk's result set by the task handler to the pickling error, before any chunk started), else nil.
    func everyChunkUnsent(of index: Int) -> String? {
        let submit = events[index]
        guard let job = submit.job, let object = submit.object else { return nil }
        let chunks = max(1, submit.chunks ?? 1)
        var unsent: Set<Int64> = []
        var message: String?
        for i in timeline.indices(of: .poolResult, .taskStart) where i > index {
            let e = events[i]
            guard e.pid == submit.pid || e.is(.taskStart), e.job == job else { continue }
            if e.is(.taskStart) { return nil }      // a chunk reached a worker (of this or another pool: say nothing)
            guard e.object == object, e.ok == false, e.threadRole == "_handle_tasks" else { continue }
            unsent.insert(e.index ?? 0)
            if message == nil { message = e.string(EventField.message) ?? e.string(EventField.error) }
            if unsent.count == chunks { return message ?? "?" }
        }
        return nil
    }
}
