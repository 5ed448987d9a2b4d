extension Phrase {
    /// The English texts of round 38S (issue 11, the questions learners ask on forums): a Pool result call that waits
    /// on a pool whose workers all ended before run() began, each in its import of the main module.
    static let englishRound38S: [Phrase: String] = [
        .hangBootDeaths: "{who} {what} since {t}, but no task of {pool} ever started: {failed} of its workers ended before run() began "
            + "(exit code {codes}), each while importing {main} as __mp_main__, which runs that file's top-level code again in "
            + "the worker{start}. The pool started new workers in place of those that ended ({n} in all); multiprocessing.Pool "
            + "keeps replacing workers that end and never passes their error to {call}, so it waits as long as the new ones "
            + "end the same way.",
        .hangBootDeathsStart: ", where start() raised RuntimeError: a process cannot start others while it is still importing "
            + "its main module (put the code that starts processes under `if __name__ == \"__main__\":`)",
        .noteTimeoutBootDeaths: "No task of {pool} had started when this wait gave up: {failed} of its workers ended before run() "
            + "began (exit code {codes}), each while importing {main} as __mp_main__, which runs that file's top-level code again "
            + "in the worker{start}. The pool started new workers in place of those that ended ({n} in all); multiprocessing.Pool "
            + "never passes a worker's error to a call waiting for a result: only a timeout ends such a wait.",
        .panelWorkersNoneInRun: "no worker has begun run(): the pool called start() for {n} worker{s}, and none has recorded reaching run()",
    ]
}
