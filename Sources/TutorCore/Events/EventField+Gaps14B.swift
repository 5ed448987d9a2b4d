extension EventField {
    /// On `thread.exit`: true when threading.excepthook was None as the thread's exception was handed over, so
    /// threading called the hook it had found when the Thread object was made (`excepthook` names it when it is the
    /// program's own; gaps 14B).
    public static let excepthookNone = "excepthook_none"
    /// On an unsent `pool.result` or `future.result` of a map() chunk: the position, from 0, in the chunk of the item
    /// whose pickling failed (its type in `argument_type`), and for a Pool's map its position in the whole input.
    public static let chunkItem = "chunk_item", inputIndex = "input_index"
}
