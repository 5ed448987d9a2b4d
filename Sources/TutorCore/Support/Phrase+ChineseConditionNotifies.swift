extension Phrase {
    /// Chinese texts of a Condition's notify() that found nobody waiting: the notification is lost.
    static let chineseConditionNotifies: [Phrase: String] = [
        .evNotifyNobody: "对 {object} 调用 {call}：没有人在等待，所以它谁也没唤醒",
        .noteNotifyLost: "对 {object} 调用 {call} 时没有人在等待：这次通知丢失了。Condition 不会记住 notify()：之后才开始的 wait() 会一直睡到下一次 notify()（或它的超时）。等待之前先在循环里检查共享状态（while not ready: cond.wait()，或 cond.wait_for(predicate)），这样来晚的等待者也能看到先前的 notify() 所通知的事。",
    ]
}
