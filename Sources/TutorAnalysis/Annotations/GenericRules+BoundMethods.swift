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
            let phrase: Phrase = e.is(.poolSubmit) ? .noteBoundMethodCopiedPool : .noteBoundMethodCopied
            let text = phrase.text([
                "call": (e.method ?? "submit") + "()", "func": e.string(EventField.function) ?? "?", "class": bound,
                "object": object, "who": e.process])
            if let made = note(index, .boundMethodCopied, text, premise: .boundMethodPickled(step: index)) { notes.append(made) }
        }
        return notes
    }
}
