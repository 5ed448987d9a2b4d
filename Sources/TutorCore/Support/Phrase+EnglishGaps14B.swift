extension Phrase {
    /// The English texts of what gaps 13A and 13B left (gaps 14B): a thread's exception when threading.excepthook is
    /// None (threading calls the hook it found when the Thread object was made).
    static let englishGaps14B: [Phrase: String] = [
        .evThreadEndsRaisedHookNone: "thread {name} ends: its run() raised {error}, uncaught. threading.excepthook is None, so threading called the hook it had found when this Thread object was made: Python's own, which prints the traceback to stderr; the process goes on",
        .evThreadEndsRaisedHookNoneOwn: "thread {name} ends: its run() raised {error}, uncaught. threading.excepthook is None, so threading handed it to the hook it had found when this Thread object was made: the program's own {hook}, which decides what is printed; the process goes on",
        .evThreadEndsBySystemExitHookNone: "thread {name} ends by SystemExit({arg}), as sys.exit({arg}) raises: it ends only this thread. threading.excepthook is None, so threading called the hook it had found when this Thread object was made: Python's own, which ignores a SystemExit silently; the process goes on",
        .evThreadEndsBySystemExitHookNoneOwn: "thread {name} ends by SystemExit({arg}), as sys.exit({arg}) raises: it ends only this thread. threading.excepthook is None, so threading handed it to the hook it had found when this Thread object was made: the program's own {hook}, which decides what is printed (Python's own would ignore a SystemExit silently); the process goes on",
        .evProcessArgsString: "{name} was made with args={value}: a string, not a tuple (parentheses alone do not make one). Process makes tuple({value}) of it, one argument per character: its target will be called with {n} argument{s}. For one argument write args=({value},)",
        .evProcessArgsBytes: "{name} was made with args={value}: a bytes object, not a tuple (parentheses alone do not make one). Process makes tuple({value}) of it, one argument per byte, each an int: its target will be called with {n} argument{s}. For one argument write args=({value},)",
        .evQueuePutDropped: "could not pickle {item} (of type {type}) to send it on {object}: {message}. The item is dropped, and no get() will receive it; the put(){ago} had already returned (put() only adds the object to the queue's buffer), so the program is never told",
        .evResultNotSentChunkItem: "{task} never reached a worker: the item at index {item} of its chunk ({input}a {type}) could not be pickled ({message}), so the task handler failed to send the whole chunk and set its result to that exception",
        .evResultNotSentChunkInput: "index {index} of the whole input; ",
        .evFutureNeverSentChunkItem: "work item {work} never reached a worker: the item at index {item} of its map() chunk (a {type}) could not be pickled ({message}), so sending the whole chunk failed and its Future holds that exception",
    ]
}
