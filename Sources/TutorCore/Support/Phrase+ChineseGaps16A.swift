extension Phrase {
    /// Chinese texts of gaps 16A (see Phrase+EnglishGaps16A.swift).
    static let chineseGaps16A: [Phrase: String] = [
        .evFutureNeverSentChunkInput: "工作项 {work} 从未到达任何工作进程：它的 map() 块中下标为 {item} 的数据项（在 map() 整个输入中的下标为 {input}；一个 {type}）无法用 pickle 序列化（{message}），所以发送整块时失败了，它的 Future 保存的就是这个异常",
        .noteCheckThenSetAttr: "{a} 和 {b} 都读取了 {object}.{attr}，得到的都是 {value}（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有设置它；于是双方都设置了 {object}.{attr}（{a} 于 {setA}，{b} 于 {setB}）。读取属性和设置属性是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着设置了它。请用同一个 Manager Lock 把读取和设置一起保护起来",
        .noteCheckThenSetAttrMissing: "{a} 和 {b} 都读取了 {object}.{attr}，发现都没有这个属性（读取时抛出了 AttributeError，hasattr() 和带默认值的 getattr() 看到的正是它）（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有设置它；于是双方都设置了 {object}.{attr}（{a} 于 {setA}，{b} 于 {setB}）。读取属性和设置属性是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着设置了它。请用同一个 Manager Lock 把读取和设置一起保护起来",
    ]
}
