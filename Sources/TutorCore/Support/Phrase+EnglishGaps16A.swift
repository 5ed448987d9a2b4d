extension Phrase {
    /// English texts of gaps 16A: an executor map() chunk's culprit placed in the whole input; a check-then-set race
    /// on a Manager Namespace's attribute.
    static let englishGaps16A: [Phrase: String] = [
        .evFutureNeverSentChunkInput: "work item {work} never reached a worker: the item at index {item} of its map() chunk (index {input} of map()'s whole input; a {type}) could not be pickled ({message}), so sending the whole chunk failed and its Future holds that exception",
        .noteCheckThenSetAttr: "{a} and {b} both read {object}.{attr} and got {value} ({a} at {testA}, {b} at {testB}), before either had set it; so each set {object}.{attr} ({a} at {setA}, {b} at {setB}). Reading an attribute and setting it are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to set it. Hold one Manager Lock around the read and the set",
        .noteCheckThenSetAttrMissing: "{a} and {b} both read {object}.{attr} and found no such attribute (the read raised AttributeError, which is what hasattr() and getattr() with a default see) ({a} at {testA}, {b} at {testB}), before either had set it; so each set {object}.{attr} ({a} at {setA}, {b} at {setB}). Reading an attribute and setting it are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to set it. Hold one Manager Lock around the read and the set",
    ]
}
