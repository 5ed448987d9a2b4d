extension Phrase {
    /// The English texts of round 32P (issue 11 item 10, other Pythons): the resource tracker's KeyError for a name
    /// unregistered twice.
    static let englishRound32P: [Phrase: String] = [
        .noteTrackerUnregisteredTwice: "The resource tracker holds each name once, however many processes register it, and drops it at the first unregister. {object} was {registered}, then unregistered by {first} at {t1} and again by {second} at {t2}, with no register between: the second unregister found nothing to remove, hence this KeyError in the tracker. The tracker prints the traceback and goes on reading.",
        .noteTrackerTwiceRegistered: "registered by {at}",
        .noteTrackerTwiceNeverRegistered: "never registered in the record",
    ]
}
