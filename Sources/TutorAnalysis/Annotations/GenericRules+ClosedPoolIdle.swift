import TutorCore

extension GenericRules {
    /// Gaps 36B (gaps 35B's leftover): an idle worker of a pool the program has closed. After close() no new task can be
    /// submitted, and the pool's worker handler, once every job of the pool has finished, has its task handler send each
    /// worker None, the signal to leave its loop (CPython 3.11 `pool.py` `_handle_workers`, `_handle_tasks`, `worker()`).
    /// With no submitted task left to take (the state's `waiting` empty), the worker's get() on the task queue can
    /// bring only that signal: it waits for the pool's end, not a task. With tasks still waiting, one may come to it:
    /// nil, the old words.
    func closedPoolWait(_ pool: RunState.Pool, last phrase: Phrase, _ values: [String: String]) -> String? {
        guard pool.ending == .closed, pool.waiting.count == 0 else { return nil }
        return phrase.text(in: Language.current, filling: values.merging(["pool": pool.label]) { a, _ in a })
    }
}
