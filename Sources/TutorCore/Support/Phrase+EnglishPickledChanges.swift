extension Phrase {
    /// The English texts of an object a Queue's feeder pickled after the program changed it.
    static let englishPickledChanges: [Phrase: String] = [
        .evQueuePutChangedBeyondRepr: " (the pickled bytes differ from the object's pickle at put(); the change is past the part of it shown here)",
    ]
}
