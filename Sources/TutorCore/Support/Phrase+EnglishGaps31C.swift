extension Phrase {
    /// The English texts of gaps 31C: a `Pool()` that raised while being made, a process's lost events on each of its
    /// lanes, and the state panel's lists joined as the summary joins them.
    static let englishGaps31C: [Phrase: String] = [
        .panelListedMore: "{dots} {n} more",
        .laneLostShared: "{warn} {n} event{s} of this process were lost (in which of its threads, and when, is not known)",
        .laneLostSharedOne: "{warn} 1 event of this process was lost (in which of its threads, and when, is not known)",
        .stepLaneLostShared: "{warn} its process lost {n}; thread, time not known",
        .evPoolCreateError: "{call} raised {error} (no pool was made)",
        .evPoolCreateErrorStartedOne: "; the 1 worker it had started was terminated and joined by Pool()'s own clean-up",
        .evPoolCreateErrorStarted: "; the {n} worker{s} it had started were terminated and joined by Pool()'s own clean-up",
        .evPoolCreateErrorDaemon: " ({process} is a daemonic process, daemon=True: a daemonic process may not have children, and Pool() starts its workers before it returns, so Pool() itself raised)",
    ]
}
