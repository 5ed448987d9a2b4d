extension Phrase {
    /// The English texts of round 13: a Process started with no target (`Process(target=work(n))`).
    static let englishRound13: [Phrase: String] = [
        .evSpawnNoTarget: " · no target: its run() does nothing",
        .noteNoTarget: "{name} was given no target (target=None), and its class has no run() of its own: Process.run() then calls nothing: {name} started, did none of the work, and ended.{others} A common cause: Process(target=work(n)) calls work(n) right there, in the process that makes the Process, and passes what it returns (here None) as the target. Pass the function itself and its arguments apart: Process(target=work, args=(n,)).",
        .noteNoTargetOthers: " The same for {n} more started after it ({names}).",
        .noteMapItemAsOneArgument: "{method}() calls {func} with each item as its one argument: this task called {func}({item}), so the parameters after the first were missing. To spread each tuple over the parameters, use starmap() (or starmap_async()), or map a function that takes one tuple and unpacks it.",
    ]
}
