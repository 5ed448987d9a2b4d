import TutorCore

extension StateQueries {
    /// The program's class named by the `future.submit` at `step` (`bound`: its callable is a method bound to an instance
    /// of that class, which pickles by default means), when that submit's executor was created as a ProcessPoolExecutor:
    /// the instance is pickled with the method for the worker (gaps 12B). Nil otherwise.
    static func boundMethodPickled(at step: Int, in events: [TraceEvent]) -> String? {
        guard events.indices.contains(step), events[step].is(.futureSubmit), let bound = events[step].string(EventField.bound),
              let executor = events[step].object else { return nil }
        let created = events[..<step].last { $0.is(.executorCreate) && $0.object == executor }
        return created?.objectType == "ProcessPoolExecutor" ? bound : nil
    }
}
