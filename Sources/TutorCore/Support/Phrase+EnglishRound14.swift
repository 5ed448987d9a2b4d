extension Phrase {
    /// The English texts of round 14: a start method changed while the program ran, a map_async()'s error_callback,
    /// and a JoinableQueue's join() that returned while items were still in the queue.
    static let englishRound14: [Phrase: String] = [
        .factStartMethodsChosen: "start method {methods} (set_start_method() changed it while the program ran); its processes were started with {children}",
        .factStartMethodThen: ", then ",
        .evErrorCallback: "error_callback {func}(the exception of {task})",
        .noteErrorCallbackChunks: ": {task} ran as {n} chunk{s}, computed by {workers}; an error_callback runs once, after every chunk has come back, and gets one exception, the first that came back ({first}'s){others}; the results of the chunks that did not raise reach no callback, and get() raises that same exception",
        .noteErrorCallbackOthers: "; {names} raised too, and that exception reaches neither the error_callback nor get()",
        .noteJoinableJoinEarly: "{object}.join() returned while {n} item{s} put on it had not been got yet ({items}): join() waits until every put() has been matched by a task_done() call, and it counts the calls, not which item each one finished: {taskDones} task_done() calls had been made for {gets} items got{by}.",
        .noteJoinableJoinEarlyBy: " ({who}'s task_done() at {t} came after no get() of its own)",
        .evConnectionNoAuthkey: " · no authkey given: this side does no authentication handshake",
        .noteNoTargetRunMisspelt: "{name} was given no target (target=None), and its class has no run() of its own: it defines {method}(), and Process never calls a method of that name: start() runs run(), spelt in lowercase, and Process.run() calls only a target. {name} started, did none of the work, and ended.{others} Rename {method}() to run().",
    ]
}
