extension Phrase {
    /// The Chinese texts of a fork the program made itself with os.fork(), of the os calls that waited for it, and of
    /// text found only when a process called os._exit.
    static let chineseForks: [Phrase: String] = [
        .evOsFork: "os.fork() → {name}",
        .evOsWaitWait: "在 {call} 中等待 {name}",
        .evOsWaitReturned: "{call} 为 {name} 返回{waited}",
        .evOsWaitReaped: "{call} 看到 {name} 结束：exitcode {code}",
        .evExitViaOsExit: "os._exit({code})：立即结束（不做清理，不刷新缓冲区）",
        .evExitUncaught: "退出，退出码 1（有未捕获的异常）",
        .evFoundAtExit: "（在这里写出，没有换行；追踪器在 {after} 之后调用 os._exit 时才发现它）",
        .evOsKill: "os.kill(pid {pid}, {signal}) → {name}",
        .noteCalledOsKill: "（{by} 用 os.kill() 向它发送了 {signal}）",
    ]
}
