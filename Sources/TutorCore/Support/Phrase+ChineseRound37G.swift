extension Phrase {
    /// 第 37G 轮（问题 11：其他教程里的例子）的中文文本：结束列表代理遍历的 IndexError。
    static let chineseRound37G: [Phrase: String] = [
        .evProxyIterationEnd: "（本线程刚刚{range}：这正是遍历代理对象的样子。列表代理没有 __iter__，list()、sorted() 或 for 循环遍历它时会依次用 0、1、2…… 调用 __getitem__，遇到第一个 IndexError 就停下，这样的循环不会把这个 IndexError 抛出来）",
        .evProxyIterRangeOne: "取过下标 0（__getitem__(0)）",
        .evProxyIterRange: "依次取过下标 0 到 {last}（__getitem__(0) … __getitem__({last})）",
    ]
}
