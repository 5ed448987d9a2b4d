extension Phrase {
    /// The Chinese texts of `englishRound27F`.
    static let chineseRound27F: [Phrase: String] = [
        .noteBrokenWhyAloneOne: "{lost}。执行器无法知道那个工作进程当时在做什么，于是把自己标记为已损坏：它尚未完成的 1 个 Future 以 BrokenProcessPool 失败（它没有别的工作进程需要停掉）。（multiprocessing 的进程池 Pool 则不会察觉：随工作进程一起丢失的结果会让 get() 或 map() 永远等下去。）",
        .noteBrokenWhyAlone: "{lost}。执行器无法知道那个工作进程当时在做什么，于是把自己标记为已损坏：它尚未完成的 {pending} 个 Future 以 BrokenProcessPool 失败（它没有别的工作进程需要停掉）。（multiprocessing 的进程池 Pool 则不会察觉：随工作进程一起丢失的结果会让 get() 或 map() 永远等下去。）",
        .waitShutdownThreads: "{object} 执行完它的工作项并停止它的工作线程",
        .noteBrokenWhyWorkers: "{lost}。执行器无法知道那些工作进程当时在做什么，于是把自己标记为已损坏：它尚未完成的 {pending} 个 Future 以 BrokenProcessPool 失败，其余工作进程也被停掉。（multiprocessing 的进程池 Pool 则不会察觉：随工作进程一起丢失的结果会让 get() 或 map() 永远等下去。）",
        .noteBrokenWhyWorkersAlone: "{lost}。执行器无法知道那些工作进程当时在做什么，于是把自己标记为已损坏：它尚未完成的 {pending} 个 Future 以 BrokenProcessPool 失败（它没有别的工作进程需要停掉）。（multiprocessing 的进程池 Pool 则不会察觉：随工作进程一起丢失的结果会让 get() 或 map() 永远等下去。）",
    ]
}
