extension Phrase {
    /// The Chinese texts of `englishGaps14A`.
    static let chineseGaps14A: [Phrase: String] = [
        .evImapNeverRead: "{object} 结束：task {job} 已有 {n} 个结果返回，程序始终没有读取（池结束后，程序没有再从 imap() 的结果对象里读取任何结果）",
        .evImapLeftCollected: "task {job} 的 imap() 结果对象已没有任何引用（被回收）",
        .evImapLeftAtExit: "进程结束时，task {job} 的 imap() 结果对象还没有被回收",
        .evImapLeftNothing: "：{object} 结束后，程序没有再从中读取，已返回的 {never} 个结果始终没有被读取",
        .evImapLeftReadAll: "：{object} 结束后，程序又从中读取了 {read} 个结果，没有留下未读的结果",
        .evImapLeftReadSome: "：{object} 结束后，程序又从中读取了 {read} 个结果；已返回的另外 {never} 个始终没有被读取",
        .summaryImapNeverRead: "；池结束时，已有 {n} 个结果返回，程序始终没有读取",
        .summaryImapReadAfter: "；池结束时，已有 {n} 个结果返回，尚未被读取：池结束后程序读取了它们（{read} 个）",
        .summaryImapReadAfterSome: "；池结束时，已有 {n} 个结果返回，尚未被读取：池结束后程序读取了 {read} 个，另有 {never} 个始终没有读取",
        .evSharedWriteTooLong: "{object}.{attr} = {value} 抛出 {error}：{object} 只有 {length} 个字节，放不下，所以什么都没有写入，它保留原来的内容",
        .evSharedWriteFailed: "{object}{member} = {value} 抛出 {error}：什么都没有写入",
        .evSharedWriteSlicePart: "{object}{member} = {value} 抛出 {error}：ctypes 对切片逐项写入，出错那一项之前的元素已经写入，其余没有写入",
        .noteCheckThenSet: "{a} 和 {b} 都检查了 {key} 是否在 {object} 中，结果都是不在（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有写入；于是双方都设置了 {object}[{key}]（{a} 于 {setA}，{b} 于 {setB}）。检查和设置是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来检查：这是“先检查后设置”的竞争，所以双方都接着写入了它。请用同一个 Manager Lock 把检查和设置一起保护起来",
        .noteCheckThenSetMore: "（记录证明本次运行中共有 {n} 次这样的竞争）",
        .noteCallbackHold: "工作项 {work} 的结果在 {worker} 完成它并开始发回（{sent}）之后过了 {late} 才被读取：其中有 {busy} 的时间，{executor} 的管理线程（唯一负责读取结果、设置 Future 的线程）正在运行完成回调（{callbacks}）{more}。用 add_done_callback() 添加的回调在 Future 被设置时就在这个线程里运行，回调返回之前不会读取其他任何结果：一个慢回调会拖慢它之后的每一个 Future。请把耗时的工作放到别的线程，或放在 result() 之后去做",
        .noteCallbackHoldOne: "工作项 {work} 的 {func}",
        .noteCallbackHoldMore: "；本次运行中，回调还以同样方式拖慢了另外 {n} 个结果",
        .noteBrokenWhyOne: "{lost}。执行器无法知道那个工作进程当时在做什么，于是把自己标记为已损坏：它尚未完成的 1 个 Future 以 BrokenProcessPool 失败，其余工作进程也被停掉。（multiprocessing 的进程池 Pool 则不会察觉：随工作进程一起丢失的结果会让 get() 或 map() 永远等下去。）",
        .helperLanesNamed: "{name} ×{n}",
        .summaryExecutorQueuedFailed: "（另有工作项 {list}：submit() 已创建并排入队列，随后才抛出异常，程序始终没有拿到它的 Future）",
    ]
}
