extension Phrase {
    /// The English texts of round 33T (programs that mix threads, processes and asyncio): two threads joining one
    /// child, and what each start method's Popen.poll() does with the second wait.
    static let englishRound33T: [Phrase: String] = [
        .noteJoinWithoutExitCode: "join({child}) returned without {child}'s exit code: {thread} was already waiting in join({child}) (since {since}), so both threads' os.waitpid() asked for the same pid. Only one call gets a child's exit status: {thread}'s did (exitcode {code}, stored at {t}); this thread's failed (ECHILD), and Popen.poll() returns None on that error without storing anything. So join() returned here, and {child}.exitcode reads None until {thread} stores the code. Join a process from one thread only.",
        .noteExitCodeOverwritten: "{child} did not exit with code {code}: {thread} had already read its exit status at {t} (exitcode {real}). A forkserver child's status comes once, on its sentinel pipe; this thread was already in Popen.poll() too, found that pipe at its end, and poll() stores 255 when it cannot read a status (CPython's comment: perhaps the forkserver itself was killed), over the {real} stored. {child}.exitcode reads {code} from here on. Join a process from one thread only.",
    ]
}
