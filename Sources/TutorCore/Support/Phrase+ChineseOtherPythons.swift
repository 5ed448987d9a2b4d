extension Phrase {
    /// 追踪器在这个 Python 里装不上某一部分（别的版本内部不同）时的中文说法。
    static let chineseOtherPythons: [Phrase: String] = [
        .evTracerPatchFailed: "追踪器在这个 Python 里无法监视 {patch}（{error}）：这个进程里的 {kinds} 都没能记录下来",
    ]
}
