extension Phrase {
    /// The English texts of round 30 (issue 11): a spawn/forkserver child a signal ended before its run() began (a Pool
    /// worker still importing the program's file when the pool was terminated) says so, in its note and in the pool's
    /// summary line of workers that ran nothing.
    static let englishRound30: [Phrase: String] = [
        .noteEndedBeforeRun: " It had not begun run(): its record ends in its start-up (up at {t}, importing {main} as __mp_main__), before run().",
        .noteEndedBeforeRunPool: " It had not begun run(): its record ends in its start-up (up at {t}, importing {main} as __mp_main__), before run(), so it never took a task.",
        .summaryPoolIdleNeverRan: " ({list} never began run(): each was ended while still starting, importing {main} as __mp_main__)",
        .panelChildBooted: "starting: start() at {t}; up at {up}, in its start-up before run() (it imports {main} as __mp_main__ there)",
    ]
}
