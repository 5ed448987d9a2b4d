extension Phrase {
    /// The Chinese texts of the class of a shared object a typeid the program registered made in a manager's server.
    static let chineseManagerReferents: [Phrase: String] = [
        .evManagerReferent: "创建共享对象 {object}：注册为 \"{typeid}\" 的可调用对象返回了一个 {type}；它的每个代理都在这里（服务进程中）调用它的方法",
    ]
}
