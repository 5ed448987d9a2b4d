extension Phrase {
    /// The Chinese texts of `englishGaps15A`.
    static let chineseGaps15A: [Phrase: String] = [
        .noteQueueItemsLeft: "运行结束时，{object} 里还剩 {n} 个数据项，从来没有哪个 get() 取走它们：{items}。它们都已进入队列的管道（放入它们的进程执行了 multiprocessing 的退出清理，这一步会等 Queue 的 feeder 线程把 put() 交给它的数据写完），而程序的所有进程都已结束（multiprocessing 的辅助进程除外），再没有谁读取它们：它们随队列一起丢失了。",
        .noteQueueItemLeftBy: "{item}（{who} 在 {t} 放入）",
        .noteQueueItemsLeftMore: "；另有 {n} 个",
        .evWaitForHeldAfterTimeout: "{object} 上的 wait_for() 在 {waited} 后返回 {result}：它的等待超时了，期间没有收到 notify；wait_for() 超时后还会再检查一次谓词（predicate），那时它已经成立",
        .evWaitForHeld: "{object} 上的 wait_for() 在 {waited} 后返回 {result}：notify 唤醒它的等待时，谓词（predicate）已经成立",
        .evWaitForAtOnce: "{object} 上的 wait_for() 没有等待就返回了 {result}：调用时谓词（predicate）已经成立",
        .evWaitForFalse: "{object} 上的 wait_for() 在 {waited} 后返回 {result}：超时时间（{timeout} 秒）已到，谓词（predicate）仍不成立",
        .evAttrSetBeforeInit: "name = {value} 是在 Process.__init__() 运行之前设置的：随后 __init__() 会给这个进程设上默认名字，所以 {value} 丢失了（应在 super().__init__() 之后再设置，或把 name= 传给它）",
        .evAttrSetFailed: "{process}.{attr} = {value} 抛出了 {error}：什么都没有改变",
        .evAttrSet: "{process}.{attr} = {value}",
        .evTimerBoundMethod: "{process} 的 {method}()",
        .evPrepNoMain: "为启动 {name} 准备的数据里没有主文件：__main__ 现在已没有 __file__（主代码结束后 Python 会把它删掉），所以 {name} 不会加载程序的文件，文件里定义的东西在子进程里都不存在",
        .noteMainFileGone: "{child} 无法加载它的 target：它的父进程 {parent} 在 {t} 为它准备启动数据时，没有可运行的主文件，因为 __main__.__file__ 已经不在了（主代码结束后 Python 会把它删掉{ended}）。所以 {child} 从未加载程序的文件，它的 __main__ 里没有 {attribute}：反序列化 target 时失败了。应在主代码结束之前启动所有进程：在主代码末尾关闭执行器，或对那些启动进程的线程调用 join()。",
        .noteMainFileGoneEnded: "；而且 {parent} 的主代码当时已经结束：threading._shutdown() 从 {t} 起就在等待",
        .noteProxyCopyStore: "{who} 通过 Manager 代理读取了 {place}，得到的是一个副本（{value}）；它接着往这个副本里存入一项（{place}[…] = …）：修改只留在副本里，Manager 中的对象不会改变（应把修改后的值重新赋给 {place}，或在那里存放嵌套代理，例如 manager.dict()）。",
        .noteProxyCopyDelete: "{who} 通过 Manager 代理读取了 {place}，得到的是一个副本（{value}）；它接着删除这个副本里的一项（del {place}[…]）：修改只留在副本里，Manager 中的对象不会改变（应把修改后的值重新赋给 {place}，或在那里存放嵌套代理，例如 manager.dict()）。",
        .evRefusesNoAuthkeyClient: "拒绝了一个客户端：{error}：这个客户端是 {who} 的 {object}，打开时没有给 authkey，所以它没有做握手：这个 Listener 当作挑战应答读到的 \"digest\"，其实是该客户端的第一次 send()，即 {item}（在 {t}）",
        .noteSimpleQueueItemsLeft: "运行结束时，{object} 里还剩 {n} 个数据项，从来没有哪个 get() 取走它们：{items}。它们都已进入队列的管道（SimpleQueue 的 put() 在返回前就把数据写进管道），而程序的所有进程都已结束（multiprocessing 的辅助进程除外），再没有谁读取它们：它们随队列一起丢失了。",
    ]
}
