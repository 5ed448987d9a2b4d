extension Phrase {
    /// The Chinese texts of waits on several work items, on a manager's answer, and a lost update through a proxy.
    static let chineseWaits: [Phrase: String] = [
        .waitInCall: "在 {call} 中等待{what}",
        .waitManager: "在 {object}.{method}() 中等待管理器的答复",
        .waitWorkItems: "{object} 的工作项 {list}",
        .waitFutures: "{n} 个 Future",
        .waitShutdown: "{object} 执行完剩下的 {n} 个工作项并停止它的工作进程",
        .waitShutdownUnknown: "{object} 执行完它的工作项并停止它的工作进程",
        .waitTaskOf: "{object} 的{task}",
        .hangPoolFinish: "{object} 结束（先收齐所有结果，再等每个工作进程退出）",
        .evExecutorWait: "在 {call} 中等待{what}",
        .evExecutorWaited: "{call} 返回{waited}{pending}",
        .evExecutorGaveUp: "{call} 超时放弃{waited}{pending}",
        .evStillPending: " · 仍有 {n} 个没有完成",
        .evManagerWait: "发出 {object}.{method}({args})：等待管理器的答复",
        .hangWorkRunning: "{worker} 在 {t} 开始执行工作项 {work}，一直没有完成",
        .noteLostUpdateOverlap: "{a} 和 {b} 在任何一方写回之前都从 {object} 读到了 {old}；随后 {a} 写入 {theirs}，{b} 写入 {mine}，都没有重新读取。两次往返在时间上重叠，记录无法显示服务进程先执行了哪一次写入，但后执行的那次在没看到对方的情况下覆盖了对方。如果各自的值都是从读到的 {old} 算出来的（就像 `d[k] += 1`），就有一次更新丢了：每次访问都是单独一次到管理器服务进程的往返，而“读—改—写”需要用一把锁把两步都包住（把同一个 `manager.Lock()` 传给每个进程）。",
        .noteLostUpdatesProved: "记录能证明本次运行里有 {n} 次这样的丢失更新；往返重叠得太厉害、无法判断的地方可能还有更多。",
        .watchdogBlocked: "{name}（pid {pid}）从 {t} 起{what}",
        .evExitingSignal: "开始退出（代码 {code}），但 {signal} 抢先结束了它：父进程看到的 exitcode 是 {real}",
        .evExitingOther: "开始退出（代码 {code}），但最终以 exitcode {real} 结束，这是父进程看到的",
        .evExitingUnseen: "开始退出（代码 {code}），但在退出前被别的方式结束了：请看它的父进程",
        .hangWaitsOnWork: "{who} 从 {t} 起{what}：{parts}。",
        .hangWorkQueued: "工作项 {work} 已经提交，但没有任何工作进程开始执行它",
        .noteLostUpdateManager: "{a} 和 {b} 都从 {object} 读到了 {old}；{a} 写入了 {theirs}，随后 {b} 没有重新读取就写入了 {mine}。如果 {b} 的值是从它读到的 {old} 算出来的（就像 `d[k] += 1`），{a} 的更新就丢了：每次访问都是单独一次到管理器服务进程的往返，而“读—改—写”需要用一把锁把两步都包住（把同一个 `manager.Lock()` 传给每个进程）。",
    ]
}
