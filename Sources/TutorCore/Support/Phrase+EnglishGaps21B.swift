extension Phrase {
    /// The English texts of gaps 21B (issue 11): a spawn or forkserver child's import of the main module, a target that
    /// is a generator function, a daemon's refused child.
    static let englishGaps21B: [Phrase: String] = [
        .evChildBootSpawn: "{process} (pid {pid}) is up: a new Python interpreter, started by spawn. Before run(), it imports the program's file {main} as __mp_main__, so that file's top-level code runs again here (not what is under if __name__ == \"__main__\":); its rows before \"starts run()\" come from that import",
        .evChildBootForkserver: "{process} (pid {pid}) is up: forked by the forkserver. Before run(), it imports the program's file {main} as __mp_main__, so that file's top-level code runs again here (not what is under if __name__ == \"__main__\":); its rows before \"starts run()\" come from that import",
        .evChildBootOther: "{process} (pid {pid}) is up. Before run(), it imports the program's file {main} as __mp_main__, so that file's top-level code runs again here (not what is under if __name__ == \"__main__\":); its rows before \"starts run()\" come from that import",
        .evStartedAfterBoot: "{process} starts run() (pid {pid}, parent {ppid}): its import of {main} is done",
        .evRunTargetMadeGenerator: ": its target {target} is a generator function (it contains yield), so calling it only made a generator object, which run() dropped without iterating it: none of {target}'s body ran",
        .evRunTargetMadeCoroutine: ": its target {target} is an async def function, so calling it only made a coroutine object, which nothing awaited: none of {target}'s body ran",
        .evRunTargetMadeAsyncGenerator: ": its target {target} is an async generator function, so calling it only made an async generator object, which nothing iterated: none of {target}'s body ran",
        .evDaemonNoChildrenWhy: " (a daemon process is terminated when its parent exits, and any process it had started would then be left orphaned, still running with no parent to join it; so multiprocessing lets a daemon start none, a Pool's or a ProcessPoolExecutor's workers included)",
    ]
}
