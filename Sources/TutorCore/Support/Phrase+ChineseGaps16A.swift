extension Phrase {
    /// Chinese texts of gaps 16A (see Phrase+EnglishGaps16A.swift).
    static let chineseGaps16A: [Phrase: String] = [
        .evFutureNeverSentChunkInput: "工作项 {work} 从未到达任何工作进程：它的 map() 块中下标为 {item} 的数据项（在 map() 整个输入中的下标为 {input}；一个 {type}）无法用 pickle 序列化（{message}），所以发送整块时失败了，它的 Future 保存的就是这个异常",
        .noteCheckThenSetAttr: "{a} 和 {b} 都读取了 {object}.{attr}，得到的都是 {value}（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有设置它；于是双方都设置了 {object}.{attr}（{a} 于 {setA}，{b} 于 {setB}）。读取属性和设置属性是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着设置了它。请用同一个 Manager Lock 把读取和设置一起保护起来",
        .noteCheckThenSetAttrMissing: "{a} 和 {b} 都读取了 {object}.{attr}，发现都没有这个属性（读取时抛出了 AttributeError，hasattr() 和带默认值的 getattr() 看到的正是它）（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有设置它；于是双方都设置了 {object}.{attr}（{a} 于 {setA}，{b} 于 {setB}）。读取属性和设置属性是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着设置了它。请用同一个 Manager Lock 把读取和设置一起保护起来",
        .noteCallbackHoldPool: "{task} 的结果在 {worker} 完成它并开始发回（{sent}）之后过了 {late} 才被读取：其中有 {busy} 的时间，{pool} 的结果处理线程（唯一负责读取这个进程池每个结果并运行回调的线程）正在运行回调（{callbacks}）{more}。传给 apply_async() 或 map_async() 的回调，会在它的结果到达时在这个线程里运行，回调返回之前不会读取任何其他结果：一个慢回调会拖慢它之后的每一个结果。请把耗时的工作放到别的线程，或放在 get() 之后去做",
        .noteCallbackHoldPoolOne: "{task} 的 {func}",
        .evShareableListWriteType: "{object}{member} = {value} 抛出 KeyError：ShareableList 的数据项只能存放 int、float、bool、str、bytes 或 None，它按值的类型在这几种里查找，没有找到，所以什么都没有写入",
        .evShareableListWritePacked: "{object}{member} = {value} 抛出 {error}：ShareableList 先记下该项的新类型，再打包写入值，失败的只是打包这一步：该项仍保留原来的字节，但此后按新类型来读（如果它原来存的是别的类型，读出来就和以前不一样了）",
    ]
}
