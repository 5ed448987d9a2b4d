extension Phrase {
    /// Chinese texts of gaps 15B: a Thread() refused because an excepthook is None; a Thread whose args is a string.
    static let chineseGaps15B: [Phrase: String] = [
        .evThreadCreateHookNone: "Thread() 抛出了 {error}：线程没有创建出来（它本该叫 {name}）。每个 Thread 在创建时都会记下一个钩子：如果它的 run() 抛出异常时 threading.excepthook 仍是 None，就调用这个钩子；现在 threading.excepthook 是 None，没有钩子可记，所以 threading 拒绝创建它。请在创建线程之前把钩子设回来（Python 自带的是 threading.__excepthook__）",
        .evThreadCreateSysHookNone: "Thread() 抛出了 {error}：线程没有创建出来（它本该叫 {name}）。每个 Thread 在创建时也会记下 sys.excepthook，用来报告 threading.excepthook 本身出的错；现在 sys.excepthook 是 None，没有可记的，所以 threading 拒绝创建它。请在创建线程之前把它设回来（Python 自带的是 sys.__excepthook__）",
        .evThreadArgsString: "{name} 以 args={value} 启动：这是一个字符串，不是元组（只加括号并不构成元组）。Thread 原样保存 args，run() 用 *args 调用 target，每个字符成为一个参数：target 将以 {n} 个参数被调用。如果只想传一个参数，请写 args=({value},)",
        .evThreadArgsBytes: "{name} 以 args={value} 启动：这是一个 bytes 对象，不是元组（只加括号并不构成元组）。Thread 原样保存 args，run() 用 *args 调用 target，每个字节成为一个参数（都是 int）：target 将以 {n} 个参数被调用。如果只想传一个参数，请写 args=({value},)",
        .noteArgsStringProcess: "{name} 的 run() 在调用 target 的那一步就抛出了 {error}（回溯的最后一行是 run() 里的 self._target(*self._args, **self._kwargs)）：这 {n} 个参数就是 args={value} 的各项，即 {at} 那一行所说的字符串，Process 把它变成了由各个字符组成的元组。要把它作为一个参数传入，请写 args=({value},)",
        .noteArgsStringThread: "线程 {name} 的 run() 抛出了 {error}：这 {n} 个参数就是 args={value} 的各项（见 {at} 那一行），run() 用 *args 把它们逐个字符传给了 {target}。要把它作为一个参数传入，请写 args=({value},)",
        .noteArgsStringTask: "task {job} 在 {worker} 中抛出了 {error}：这 {n} 个参数就是传给 {method}() 的 args={value} 的各项（见 {at} 那一行），工作进程用 *args 把它们逐个字符传给了 {function}。要把它作为一个参数传入，请写 args=({value},)",
        .noteArgsStringSubmit: "task {job} 的 args={value} 是一个字符串，不是元组（只加括号并不构成元组）：工作进程会调用 {function}(*args)，每个字符成为一个参数（bytes 则每个字节一个，都是 int），也就是 {n} 个参数。如果只想传一个参数，请写 args=({value},)",
        .noteCheckThenSetGet: "{a} 和 {b} 都读取了 {object}.get({key})，得到的都是 None（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有写入；于是双方都设置了 {object}[{key}]（{a} 于 {setA}，{b} 于 {setB}）。get() 和设置是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着写入了它。请用同一个 Manager Lock 把 get() 和设置一起保护起来",
    ]
}
