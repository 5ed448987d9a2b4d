import TutorCore

extension RunState {
    /// How the work items a loop's select() waits for reached the loop, when the program wrapped any of them
    /// itself with asyncio.wrap_future() (round 25F): nil when all came from run_in_executor(), the older words.
    public static func loopSelectVia(_ e: TraceEvent) -> String? {
        guard let wrapped = e.int(EventField.wrapped), wrapped > 0 else { return nil }
        let pending = e.pending ?? -1
        return (pending >= 0 && wrapped >= pending ? Phrase.loopViaWrapped : Phrase.loopViaBoth).text()
    }
}
