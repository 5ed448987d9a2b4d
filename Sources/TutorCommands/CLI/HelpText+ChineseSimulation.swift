import TutorSimulation

/// The simulator's `--help` texts in Chinese: the same examples and options as the English ones, in the same order.
extension HelpText {
    static let chineseSimulate = """
    mp-tutor simulate scheduling [选项]：确定性的模拟，演示课程背后的操作系统概念。

    示例：
      mp-tutor simulate scheduling --algo all
      mp-tutor simulate scheduling --algo rr --quantum 4 --step

    模拟：
      scheduling       单个 CPU 上的 CPU 调度：FCFS、SJF、RR、MLFQ（参见 'mp-tutor simulate scheduling --help'）

    """

    static let chineseSimulateScheduling = """
    mp-tutor simulate scheduling [选项]：以整数 tick 为单位、对单个 CPU 的确定性模拟
    （不是实测）：一张甘特图，每个作业的等待时间、周转时间和响应时间，以及它们的平均值。

    示例：
      mp-tutor simulate scheduling --algo all                  每一种算法，最后是对比
      mp-tutor simulate scheduling --algo rr --quantum 4       时间片为 4 个 tick 的时间片轮转
      mp-tutor simulate scheduling --algo mlfq --step          逐个 tick 查看就绪队列
      mp-tutor simulate scheduling --algo sjf --jobs P1:0:6,P2:0:3,P3:4:1

    选项：
      --algo fcfs|sjf|rr|mlfq|all 先来先服务（FCFS）、短作业优先（SJF，非抢占）、时间片轮转（RR）、
                                  多级反馈队列（MLFQ），或者全部（默认）
      --jobs NAME:ARRIVAL:BURST,...  作业：名字:到达时刻:运行时长（默认 \(SchedulingJob.lessonDefaultSpec)）；
                                  tick 都是整数
      --quantum Q                 RR 的时间片，单位 tick（默认 2）；恰好在时间片用完时到达的作业，
                                  排在被抢占的作业前面
      --mlfq-quanta Q0,Q1,...     MLFQ 的各级队列及其时间片，最高一级在前（默认 1,2,4）
      --boost S                   MLFQ 每隔 S 个 tick 把所有作业移回第 0 级（默认 20）
      --step                      显示每一个 tick：发生的事件、正在运行的作业、就绪队列；在终端上
                                  按回车/空格 下一步，b 后退，q 退出
      --color auto|always|never   颜色（auto：只在终端上用颜色；设置 NO_COLOR 则关闭）
      --ascii                     不用 Unicode 符号和制表符
      --ambiguous-wide            终端把宽度不明确的符号（①、─、│、●、·）画成两列宽，CJK 设置的终端
                                  常常如此（也可以设置 MP_TUTOR_AMBIGUOUS_WIDE=1）
      --width N                   按 N 列绘制，而不是终端的宽度（输出到管道且没有 --width 时：
                                  用 $COLUMNS，否则 160，过长的行会折行而不是被截断）

    """
}
