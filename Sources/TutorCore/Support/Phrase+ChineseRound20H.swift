extension Phrase {
    /// The Chinese texts of round 20H (see Phrase+EnglishRound20H.swift).
    static let chineseRound20H: [Phrase: String] = [
        .noteSemaphoreForeignRelease: "；它能进入，靠的是 {releaser} 在 {at} 调用的 release()，可 {releaser} 从来没有获取过 {lock}，而 {holders} 并没有释放它：信号量把任何一次 release() 都算作多出一个空名额，不管是谁调用的，所以 {holders} 和 {who} 同时在里面",
        .evPipeWaitSend: "开始在 {object} 的 {end}上 send() 一条消息，消息比管道的缓冲区能容纳的更大：要等另一端读走大部分内容，send() 才会返回",
        .hangNoWakerPipeSend: "{who} 从 {t} 起{what}，要发送的消息比管道的缓冲区能容纳的更大；程序里也没有别的进程还能腾出手来读取它：{detail}。",
    ]
}
