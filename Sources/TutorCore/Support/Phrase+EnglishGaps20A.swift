extension Phrase {
    /// The English texts of gaps 20A (issue 11's tracer-side leftovers): the launch of multiprocessing's helper processes.
    static let englishGaps20A: [Phrase: String] = [
        .evTrackerLaunched: "{call} launched the resource tracker (pid {pid}): multiprocessing's helper process, told of each shared memory segment and named semaphore the program's processes create; once they have all ended, it removes those never unlinked (with a warning). Its own \"started\" row comes when its interpreter runs, which can be much later",
        .evTrackerLaunchedNoCall: "launched the resource tracker (pid {pid}): multiprocessing's helper process, told of each shared memory segment and named semaphore the program's processes create; once they have all ended, it removes those never unlinked (with a warning). Its own \"started\" row comes when its interpreter runs, which can be much later",
        .evForkserverLaunched: "{call} launched the forkserver (pid {pid}): the helper process that, under the forkserver start method, forks every new child. Its own \"started\" row comes when its interpreter runs, which can be much later",
        .evForkserverLaunchedNoCall: "launched the forkserver (pid {pid}): the helper process that, under the forkserver start method, forks every new child. Its own \"started\" row comes when its interpreter runs, which can be much later",
        .evSharedWriteWrappedSigned: "wrote {given} to {object}: it holds a signed {bits}-bit C integer ({min} to {max}), so it stored {value}, the low {bits} bits of {given} (the number wrapped around, and nothing was raised)",
        .evSharedWriteWrappedUnsigned: "wrote {given} to {object}: it holds an unsigned {bits}-bit C integer (0 to {max}), so it stored {value}, the low {bits} bits of {given} (the number wrapped around, and nothing was raised)",
        .evExecutorCreateRefused: "{type}() raised {error}: the constructor refused its arguments, so no executor was made and no worker started",
        .evManagerMade: "created Manager {object} (in the manager's server process, pid {pid}): this process holds a proxy; each call on it is a message to that process, which runs it on the object there",
        .evManagerMadeNoPid: "created Manager {object} (in the server process of a manager this process connected to): this process holds a proxy; each call on it is a message to that process, which runs it on the object there",
        .evConnectionReadyAtOnce: "connection.wait() returned at once: ready: {what} (ready already when it was called: it did not wait)",
    ]
}
