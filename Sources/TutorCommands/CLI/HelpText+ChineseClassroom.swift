/// The `--help` texts of `present`, `quiz` and `export` in Chinese: the same examples and options as the English ones.
extension HelpText {
    static let chinesePresent = """
    mp-tutor present <id> [选项]：课堂模式，全屏显示，适合投影。先一页一页地显示课文；再提出本课的问题，
    在运行之前作答；然后逐个事件播放这次运行，在每条带编号的注释处停下；最后用运行自己的事件揭晓答案，
    并给出摘要和这次运行证明了什么。

    示例：
      mp-tutor present pool-async
      mp-tutor present pool-async --replay --speed 8
      mp-tutor present pool-async --set workers=2

    按键（整个模式共用一套，显示在底栏）：
      → 空格 回车     下一页 / 下一个问题 / 继续播放 / 下一步
      ← b             后退（在运行中：后退一个事件）
      1-9             选择一个答案；也可以输入数字再按回车
      + -             加快、放慢；   p  暂停和继续播放
      ] [             下一条注释、上一条注释；   g G  第一个、最后一个事件
      q               立即退出（现场运行会先被停止）；  Ctrl-C 退出，退出状态为 130

    选项：
      --replay                    播放录制好的运行（transcripts/），而不是现场运行演示
      --speed N                   每秒播放的事件数，取 0.5 到 128（默认 4）
      --variant ID, --set NAME=VALUE, --record FILE    与 'lesson' 相同

    """ + chineseRun + "\n" + chineseDisplay

    static let chineseQuiz = """
    mp-tutor quiz [<id>] [选项]：给独自学习的人做的本课问题。在提示符下逐题作答；随后现场运行演示，
    用它的事件揭晓答案并计分。得分和你的学习进度保存在一起（'mp-tutor progress'）。
    不给 id 时：你还没完成的第一课。

    选项：
      --variant ID, --set NAME=VALUE    与 'lesson' 相同

    """ + chineseRun

    static let chineseExport = """
    mp-tutor export <id|FILE> --html FILE | --perfetto FILE | --cast FILE [选项]：把一次录制好的运行写成文件，
    屏幕上什么也不显示。这三个选项在 'lesson'、'replay' 和 'trace' 上也能用。

    示例：
      mp-tutor export pool-async --html pool-async.html        一个独立的交互式页面
      mp-tutor export run.jsonl --perfetto run.json            用 ui.perfetto.dev 或 chrome://tracing 打开
      mp-tutor export pool-async --cast pool-async.cast        回放的 asciinema 录像

    选项：
    \(chineseExports)
      --variant V                 这一课某个变体的录制运行
      --show-helpers              显示 multiprocessing 辅助进程的泳道（页面上也有一个开关）

    """

    static let chineseExports = """
      --html FILE                 一个独立的 HTML 页面：泳道、条形、因→果箭头、注释、论断，
                                  以及带状态面板的单步滑块；无需联网
      --perfetto FILE             带流向箭头的 Chrome Trace Event JSON（ui.perfetto.dev、chrome://tracing）
      --cast FILE                 回放的 asciicast v2 录像
    """
}
