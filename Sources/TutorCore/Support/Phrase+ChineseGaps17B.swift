extension Phrase {
    /// The Chinese texts of gaps 17B: a start row's target; a ShareableList write at a position not an int.
    static let chineseGaps17B: [Phrase: String] = [
        .evSpawnTarget: " · target 为 {target}",
        .evSpawnTargetClosure: "，调用 start() 时它从外层作用域读到 {closure}（lambda 或嵌套函数在运行时才查找这些变量，而不是在创建时）",
        .evSpawnTargetDefaults: "，默认参数为 {defaults}（在函数创建时就已确定）",
        .noteCheckThenSetGetNone: "{a} 和 {b} 都读取了 {object}.get({key}, None)，得到的都是 None（{a} 于 {testA}，{b} 于 {testB}），当时双方都还没有写入；于是双方都设置了 {object}[{key}]（{a} 于 {setA}，{b} 于 {setB}）。get() 和设置是发往管理器服务进程的两次独立往返，中间没有任何机制阻止另一方也来读取：这是“先检查后设置”的竞争，所以双方都接着写入了它。请用同一个 Manager Lock 把 get() 和设置一起保护起来",
        .evShareableListWritePosition: "{object}{member} = {value} 抛出 {error}：ShareableList 每次只在一个 int 位置写入一个数据项，不接受切片或其他类型的索引，所以什么都没有写入",
    ]
}
