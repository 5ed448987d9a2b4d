extension Phrase {
    /// The Chinese texts of calls that failed or succeeded quietly (gaps 13A): a submission a Pool no longer running
    /// refused, Process.close() and a closed object's calls, a Process() constructor that raised, a thread's exception
    /// handed to the program's own threading.excepthook.
    static let chineseFailedCalls: [Phrase: String] = [
        .evPoolRefusedClosed: "{call} 被拒绝：{object} 已在 {at} 关闭（close()），不再接受新的工作（{error}）；没有生成任务",
        .evPoolRefusedTerminated: "{call} 被拒绝：{object} 已在 {at} 终止（terminate()），不再接受新的工作（{error}）；没有生成任务",
        .evPoolRefusedEnded: "{call} 被拒绝：{object} 已不再运行，不再接受新的工作（{error}）；没有生成任务",
        .evProcessClose: "{name}.close()：释放了这个进程对象的资源（它的 Popen 和 sentinel）；此后调用它的 is_alive()、join()、start()，或读取 exitcode、pid，都会抛出 ValueError",
        .evProcessCloseAgain: "再次调用 {name}.close()：它已经关闭，这次调用什么也不做",
        .evProcessClosedCall: "{name} 的 {call} 抛出 ValueError: process object is closed：close() 已在 {at} 释放了它；close() 之后，读取它的 pid、exitcode、sentinel，或调用 is_alive()、join()、start()、terminate()、kill()，都会抛出 ValueError（name 和 daemon 仍然可以读取）",
        .evProcessCreateError: "{type}() 抛出 {error}：没有创建进程对象，也没有启动任何进程{number}",
        .evProcessCreateErrorArgs: "{type}() 抛出 {error}：它要把 args 转成元组（tuple({value})），而 {value} 转不成元组：只有一个参数时应写 args=({value},)。没有创建进程对象，也没有启动任何进程{number}",
        .evProcessCreateErrorKwargs: "{type}() 抛出 {error}：它要把 kwargs 转成字典（dict({value})），而 {value} 不是“参数名到值”的映射。没有创建进程对象，也没有启动任何进程{number}",
        .evProcessCreateNumber: "（失败之前它已从进程计数器取走了编号 {number}：之后进程的默认名称会跳过这个编号）",
        .evThreadEndsRaisedHook: "线程 {name} 结束：它的 run() 抛出了 {error}，没有被捕获：异常交给了程序自己的 threading.excepthook，即 {hook}，由它决定打印什么（Python 自带的钩子会把回溯打印到 stderr）；进程继续运行",
        .evThreadEndsBySystemExitHook: "线程 {name} 因 SystemExit({arg}) 结束（sys.exit({arg}) 抛出的就是它）：它只结束这个线程，threading 会把它交给程序自己的 threading.excepthook，即 {hook}，由它决定打印什么（Python 自带的钩子会静默忽略 SystemExit）；进程继续运行",
        .evEventPolledSet: "用 is_set() 轮询 {object} {n} 次，历时 {over}：每次都是 False，直到这一次发现它已被 set（True）",
        .evEventPolledCleared: "用 is_set() 轮询 {object} {n} 次，历时 {over}：每次都是 True，直到这一次发现它已被 clear（False）",
        .evEventPolledToEnd: "从 {at} 起用 is_set() 轮询 {object} {n} 次：每次都是 {result}，直到这个线程结束也没有变化",
        .evEventPolledChanged: "{object} 的 is_set() 返回 {then}，与上一次轮询不同",
        .summaryPollsHeading: "用 Event.is_set() 轮询来等待（两次轮询之间线程在运行，上面的等待时间不含这些）：",
        .summaryPolledSet: "{who} 轮询 {object} {n} 次，历时 {over}，直到它被 set",
        .summaryPolledCleared: "{who} 轮询 {object} {n} 次，历时 {over}，直到它被 clear",
        .summaryPolledToEnd: "{who} 从 {at} 起轮询 {object} {n} 次，直到线程结束，结果一直没有变化（{result}）",
        .summaryPollsMore: "……另有 {n} 条",
    ]
}
