extension Phrase {
    /// The Chinese texts of round 18 (see `englishRound18`).
    static let chineseRound18: [Phrase: String] = [
        .noteNotifyLostWaitFor: "对 {object} 调用 {call} 时没有人在等待，所以它没有唤醒任何人。Condition 不会记住 notify()，但这里之后的等待者并不依赖它：之后在 {object} 上的每次等待都在 wait_for() 里（{who}），wait_for() 在等待之前和每次被唤醒之后都会检查它的谓词，所以能看到先前的 notify() 所通知的共享状态。",
        .hangItemsNeverGot: "放入后至今没有被任何 get() 取走",
        .noteTerminatedInDeadlock: "{by} 对 {name} 调用 {call} 时，{name} 正陷在死锁里：{parts}。每一方都在等下一方，围成一个圈，谁也无法靠自己继续下去：结束这场等待的是信号，而不是程序本身的设计。请在所有地方都按同一个固定顺序获取锁，或者持有锁时绝不等待。",
    ]
}
