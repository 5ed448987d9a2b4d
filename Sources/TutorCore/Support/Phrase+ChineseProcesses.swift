extension Phrase {
    /// The Chinese texts of `englishProcesses`.
    static let chineseProcesses: [Phrase: String] = [
        .evSetExecutable: "set_executable({value})：spawn 和 forkserver 启动方式会用这个解释器启动新进程（fork 不启动新解释器）",
        .evSetPreload: "set_forkserver_preload({value})：forkserver 启动时会先导入这些模块（只对 forkserver 启动方式有效）",
        .evProcessError: "{name} 的 {op}() 失败：{error}",
        .evProcessErrorUnnamed: "一个 {name} 对象的 {op}() 失败：{error}（该对象没有名字：Process.__init__ 没有在它上面运行）",
        .factStartMethodChildren: "默认启动方式 {method}；其进程实际以 {methods} 启动",
    ]
}
