import TutorCore

extension GenericRules {
    /// `submit(self.method, x)` (or `map()`) on a ProcessPoolExecutor: the method's instance is pickled with it, so each work
    /// item runs on its own copy and what the method changes in `self` never comes back (r11_executor_bound_method; gaps
    /// 12B). One note per executor and class, at its first such submit.
    func boundMethodCopies() -> [Note] {
        var notes: [Note] = []
        var said: Set<String> = []
        for index in events.indices(of: .futureSubmit) where notes.count < Self.perRule {
            // the cheap fields first: the premise's look back for the executor's creation is made once per executor and class
            let e = events[index]
            guard let named = e.string(EventField.bound), let executor = e.object, said.insert(executor + "\u{0}" + named).inserted,
                  let bound = StateQueries.boundMethodPickled(at: index, in: events) else { continue }
            let text = Phrase.noteBoundMethodCopied.text([
                "call": (e.method ?? "submit") + "()", "func": e.string(EventField.function) ?? "?", "class": bound,
                "object": executor, "who": e.process])
            if let made = note(index, .boundMethodCopied, text, premise: .boundMethodPickled(step: index)) { notes.append(made) }
        }
        return notes
    }
}
