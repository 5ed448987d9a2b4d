import TutorCore

/// The `--help` texts in Chinese: the same examples and options as the English ones, in the same order.
extension HelpText {
    static let chineseDisplay = """
      --color auto|always|never   颜色（auto：只在终端上用颜色；设置 NO_COLOR 则关闭）
      --ascii                     不用 Unicode 符号和制表符
      --ambiguous-wide            终端把宽度不明确的符号（①、─、│、●、·）画成两列宽，CJK 设置的终端
                                  常常如此（也可以设置 MP_TUTOR_AMBIGUOUS_WIDE=1）
      --width N                   按 N 列绘制，而不是终端的宽度
      --show-helpers              也显示 multiprocessing 自己的辅助进程
      --full                      长时间线的每一行都打印（不加时，超过 400 行的运行会省略中间部分，
                                  并说明省略了什么）
      --no-pager                  在终端上，lesson 和 replay 的输出经过分页器（$MP_TUTOR_PAGER，否则
                                  $PAGER，否则 'less -R'）；加上这个选项则直接打印到终端
      --step                      逐个事件查看这次运行（按键：空格 下一步，b 上一步，/ 查找，
                                  ] 下一条注释，h 帮助，q 退出）；对现场运行（lesson、trace），
                                  视图在运行开始时打开并跟随运行（G：跟随每个新事件；
                                  Ctrl-C 停止运行，q 停止并退出）；没有终端时，运行结束后打印每一步
      --lang zh|en                界面和课程的语言（否则看 $MP_TUTOR_LANG，再看 LC_ALL、LC_MESSAGES、
                                  LANG：zh_* 为中文，其他为英文）
    """

    static let chineseRun = """
      --python PATH               要运行的 python3（否则用 $MP_TUTOR_PYTHON，再否则用 PATH 上的 python3）
      --timeout SECONDS           看门狗的时限：超时后运行被停止，并说明原因
      --start-method M            fork、spawn 或 forkserver，作为程序的默认启动方式
      --seed N                    传给演示程序，用于它的随机数
      --sample-os                 同时从 /proc 记录每个进程的操作系统状态（运行、就绪、阻塞）
      --redact                    在录下的运行里（包括程序打印的内容），把你的主目录换成 ~，
                                  把你的用户名换成 <user>
    """

    static let chineseMain = """
    mp-tutor：看着真实的运行一个进程一个进程地展开，学习 Python 的 multiprocessing。

    示例：
      mp-tutor list                          课程列表
      mp-tutor lesson pool-async             阅读一课，运行它的演示，看带讲解的时间线
      mp-tutor replay pool-async             一课录制好的运行（不需要 python3）
      mp-tutor export pool-async --html r.html   把这次运行写成一个交互式页面，适合投影
      mp-tutor trace my_program.py           追踪你自己的任何程序
      mp-tutor check pool-async              在现场运行上验证一课的论断
      mp-tutor simulate scheduling           在一个模拟的 CPU 上比较先来先服务、短作业优先、时间片轮转和多级反馈队列

    命令：
      lesson <id>      显示一课并运行它的演示
      replay <id|file> 显示一次录制好的运行（或一个装着各进程事件文件的文件夹）
      present <id>     课堂模式：全屏显示课文、问题、播放运行、揭晓答案
      quiz [<id>]      在提示符下回答一课的问题，用现场运行揭晓答案并计分
      export <id|file> 把录制好的运行写成 HTML 页面、Perfetto 追踪文件或 asciicast 录像
      trace <script>   在追踪器下运行一个 Python 程序
      check <id>...    运行课程并验证它们的论断（--all 表示所有课程）；check FILE.jsonl：检查一次运行的不变式
      list             列出课程（✓ 表示你已完成）
      progress         你完成了哪些课（--reset 清除记录）
      simulate <what>  确定性的模拟：'scheduling'（CPU 调度，逐个 tick）
      help <command>   某个命令的帮助

    选项：
      -h, --help       这份帮助（或 'mp-tutor <command> --help'）
      --version        mp-tutor 的版本
      --lang zh|en     界面和课程的语言（也可以设置 MP_TUTOR_LANG=zh，或使用 zh_* 的 locale）
      --lessons DIR    使用 DIR 里的课程（一个放着各课文件夹的文件夹），而不是 mp-tutor
                       自带的课程；也可以设置 $MP_TUTOR_LESSONS。在 mp-tutor 的代码仓库里，
                       使用仓库里的课程。

    """

    static let chineseLesson = """
    mp-tutor lesson [<id>] [选项]：显示一课（不给 id 时：你还没完成的第一课），在追踪器下运行它的演示，讲解发生了什么。

    示例：
      mp-tutor lesson pool-async
      mp-tutor lesson pool-async --set workers=2 --record my-run.jsonl
      mp-tutor lesson pool-async --text-only

    选项：
      --variant V                 运行这一课的某个变体
      --set NAME=VALUE            修改一个课程参数（可以重复）
      --record FILE               同时把这次运行的记录写入 FILE（见 'mp-tutor trace --help'）
      --text-only                 只显示课文，不运行演示
    \(chineseExports)
    \(chineseRun)
    \(chineseDisplay)

    退出状态：演示跑完了就是 0（不论它做了什么）；信号 N 停止了 mp-tutor 时是 128+N（Ctrl-C 是 130）；
    临时文件夹空间用完或 --record 写不进去时是 74；追踪器什么也没记录到时是 1。
    """

    static let chineseReplay = """
    mp-tutor replay <id|FILE|FOLDER> [选项]：显示一次录制好的运行。不需要 python3。

    示例：
      mp-tutor replay pool-async               这一课提交在仓库里的记录
      mp-tutor replay my-run.jsonl             任何记录文件
      mp-tutor replay events/                  一个装着各进程事件文件的文件夹（*.jsonl，追踪器在运行中写下的），
                                               像 'trace' 那样合并后显示；只有实时运行才知道的东西（退出状态、
                                               收到的信号）不会显示
      mp-tutor replay pool-async --step        逐个事件地查看

    选项：
      --variant V                 这一课某个变体的录制运行
    \(chineseExports)
    \(chineseDisplay)
    """

    static let chineseTrace = """
    mp-tutor trace [选项] <script.py> [脚本参数...]：在追踪器下运行任何 Python 程序。
    mp-tutor trace [选项] -m <package.module> [参数...]：像 'python3 -m' 那样运行一个模块。

    示例：
      mp-tutor trace my_pool.py
      mp-tutor trace --timeout 10 --record run.jsonl my_pool.py --size 100
      mp-tutor trace --timeout 0 -m mypackage.tool --size 3 < input.txt
      mp-tutor trace <(git show HEAD~1:demo.py)               # 来自管道的脚本也能运行
      mp-tutor trace --record - my_pool.py > run.jsonl       # 记录写到标准输出，时间线写到标准错误

    选项（写在脚本之前；脚本之后的一切都交给脚本；'--' 结束 mp-tutor 自己的选项）：
      --record FILE               同时把这次运行的记录写入 FILE：普通文件以原子方式替换，
                                  符号链接会被跟随，设备或 FIFO 按流写入，'-' 表示标准输出；
                                  被追踪的脚本绝不会被覆盖
      --timeout 0|none            不设看门狗（仅限 trace；默认 60 秒）
      -m MODULE                   运行一个模块，而不是脚本
    \(chineseExports)
    \(chineseRun)
    \(chineseDisplay)

    程序读取 mp-tutor 的标准输入；--step 视图从终端本身读取按键
    （标准输入就是那个终端时，程序什么也读不到）。

    退出状态跟随程序，就像 time(1) 那样：程序自己的退出码；信号 N 结束了它时是 128+N；
    看门狗停止它时是 124；信号 N 停止了 mp-tutor 时是 128+N（Ctrl-C 是 130，SIGTERM 是 143，
    SIGHUP 是 129）；程序成功但 --record 写不进去或临时文件夹空间用完时是 74；命令行写错时是 64。
    """

    static let chineseCheck = """
    mp-tutor check <id>... | --all [选项]：现场运行课程，验证每一课关于其时间线的论断。
    每条论断都成立时退出状态为 0，有任何一条不成立时为 1（每条失败都会说明观察到了什么）。
    mp-tutor check FILE.jsonl...：不运行任何东西，验证录制好的运行满足的不变式：每个进程只退出一次，
    每个进程都被计入，进程池的计数对得上，每次等待都已结束或被算作未完成，每条注释所说的原因在状态模型里成立，
    事件按因果顺序排列（违反时退出状态为 1，并指出每一处违反）。

    示例：
      mp-tutor check pool-async
      mp-tutor check pool-async --set workers=2 --set tasks=10
      mp-tutor check --all
      mp-tutor check corpus/transcripts/*.jsonl

    选项：
      --all                       所有课程和所有变体
      --variant V                 检查所给课程的某个变体
      --set NAME=VALUE            修改一个课程参数（可以重复）；它的论断仍须成立
      --record-dir DIR            把论断全部成立的运行写入 DIR/<id>[--<variant>].jsonl
                                  （transcripts/ 就是这样保持最新的：mp-tutor check --all --record-dir transcripts）
    \(chineseRun)
    """

    static let chineseProgress = """
    mp-tutor progress [--reset]：你已完成的课程，记录在 $XDG_STATE_HOME/mp-tutor/progress.json
    （默认是 ~/.local/state/mp-tutor/）。一课的演示运行到结束（现场运行或回放）就算完成。
    不带 id 的 'mp-tutor lesson' 会从第一门还没完成的课继续。

    选项：
      --reset                     清除所有进度

    """

    static let chineseList = """
    mp-tutor list：按单元分组的课程列表。

    选项：
    \(chineseDisplay)
    """
}
