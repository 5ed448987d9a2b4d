extension Phrase {
    /// English texts naming a work item's executor when a run made several (each numbers its work items from 0).
    static let englishWorkItemExecutors: [Phrase: String] = [
        .workItemOfExecutor: "{work} of {executor}",
    ]
}
