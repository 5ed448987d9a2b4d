extension Phrase {
    /// 中文（gaps 31A）：线程启动后被改名，它的泳道和启动那一行仍用原来的名字。
    static let chineseGaps31A: [Phrase: String] = [
        .evThreadRenamesItself: "把自己所在的线程改名为 {name}{was}；它的泳道和启动那一行仍叫 {lane}",
        .evThreadRenamesOther: "把线程 {lane} 改名为 {name}{was}；它的泳道和启动那一行仍叫 {lane}",
        .evThreadRenamedWas: "（此前叫 {old}）",
        .evMainThreadRenamed: "把主线程改名为 {name}（原名 {old}）；它的泳道仍用进程的名字",
        .noteRecursionLimitNotInherited: "{child} 超出了递归深度上限。{parent} 在 {t} 启动 {child} 时，自己的上限是 {n}；但以 {method} 方式启动的子进程是一个全新的 Python 解释器，上限从默认的 {default} 开始，不会继承父进程的 {n}（fork 出来的子进程才会保留）。要让子进程递归得更深，请在子进程里自己调用 sys.setrecursionlimit()，比如放在它的 target 开头。",
        .laneThreadNamedLater: "{label}，后改名为 {name}",
    ]
}
