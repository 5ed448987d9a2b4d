extension Phrase {
    /// 第 29C 轮：课程问题的选项可以是算出来的值。
    static let chineseGaps29C: [Phrase: String] = [
        .lessonChoiceUnreadable: "选项“{choice}”算不出来：{message}",
        .choiceTooLong: "花括号里的表达式最多 {max} 个字符",
        .choiceTooDeep: "括号和函数调用最多嵌套 {max} 层",
        .choiceUnexpected: "这里不该出现“{token}”（可用的有：数字、参数名、+ - * / // %、or、括号，以及 ceil、floor、round、abs、min、max）",
        .choiceExpected: "缺少“{token}”",
        .choiceEnds: "表达式在应该出现数字、名字或“(”的地方结束了",
        .choiceUnknownFunction: "没有名为“{name}”的函数；可用的有 {list}",
        .choiceArguments: "{name}() 不能接受 {n} 个参数",
        .choiceUnknownName: "“{name}”不是本课的数值参数",
        .choiceTooManyNames: "一个表达式最多用 {max} 个参数",
        .choiceDivideByZero: "当 {values} 时它除以零",
        .choiceDivideByZeroAlways: "它除以零",
        .choiceOutOfRangeAlways: "它的值超出范围",
        .checkNoChoiceRight: "没有一个选项是这次运行的值；选项是 {choices}",
        .choiceOutOfRange: "当 {values} 时它的值超出范围",
    ]
}
