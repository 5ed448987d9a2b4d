extension Phrase {
    /// The Chinese texts of issue 11's known gaps closed after truth round 4: a fork the program made itself with
    /// os.fork() (the os calls that waited for it or signalled it), text found only at os._exit, a Manager proxy's copy
    /// changed in place.
    static let chineseKnownGaps: [Phrase: String] = [
        .evOsFork: "os.fork() → 子进程 {name}",
        .evOsWaitWait: "在 {call} 中等待 {name}",
        .evOsWaitReturned: "{call} 为 {name} 返回{waited}",
        .evOsWaitReaped: "{call} 看到 {name} 结束：exitcode {code}",
        .evExitViaOsExit: "os._exit({code})：立即结束（不做清理，不刷新缓冲区）",
        .evExitUncaught: "退出，退出码 1（有未捕获的异常）",
        .evFoundAtExit: "（在这里写出，没有换行；追踪器在 {after} 之后调用 os._exit 时才发现它）",
        .evOsKill: "os.kill(pid {pid}, {signal}) → 发给 {name}",
        .noteCalledOsKill: "（{by} 用 os.kill() 向它发送了 {signal}）",
        .noteProxyCopy: "{who} 通过 Manager 代理读取了 {place}，得到的是一个副本（{value}）；它接着对这个副本调用 .{method}()：修改只留在副本里，Manager 中的对象不会改变（应把修改后的值重新赋给 {place}，或在那里存放嵌套代理，例如 manager.list()）。",
        .noteProxyCopyLater: "之后 {who} 读取 {place}，得到：{value}。",
        .noteBufferedLost: "{name} 被 {signal} 结束时，它的 stdout 是块缓冲的（管道或文件，没有 PYTHONUNBUFFERED 或 python -u）：它在最后一次刷新之后打印的内容还在缓冲区里，随进程一起丢失了，不追踪时也一样。追踪器看不到每一次刷新（缓冲区满了会自行刷新），所以丢失了多少无法得知：上面它的 {n} 行 print 中可能有从未真正输出的文字（print(..., flush=True) 或 PYTHONUNBUFFERED=1 会让每一行立即送出）。",
        .noteViewLostUpdates: "{writers} 通过共享内存的视图对 {place} 做了“读-改-写”（视图不加锁）：{writes} 次写入中的每一次都写入了写入者刚读到的值 {step}。如果每次更新都生效，{place} 应从 {initial} 变成 {full}；而 {reader} 在所有写入者结束后读到的是 {final}：{writes} 次更新中只有 {landed} 次生效，{lost} 次丢失（两个写入者读到同一个值，后写的覆盖了先写的）。应在每次读和写的外面持有该对象的 get_lock()。",
    ]
}
