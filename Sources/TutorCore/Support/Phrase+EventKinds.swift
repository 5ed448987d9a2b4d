import Foundation

extension Phrase {
    /// An event kind in words (`process.exit` → "process exit" / "进程退出"), for sentences about events.
    /// Kinds without words of their own are shown as they are named in the transcript.
    public static func eventKind(_ kind: String, in language: Language = .current) -> String {
        if kind.hasSuffix("*") {
            let family = String(kind.dropLast()).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            return language == .zh ? "\(family).* 类" : "any \(family).*"
        }
        guard let words = eventKinds[kind] else { return kind }
        return language == .zh ? words.zh : words.en
    }

    /// What a process waited for (`ProcessTimeAnalysis` reasons: lock, queue, join, ...), in words.
    public static func waitReason(_ reason: String, in language: Language = .current) -> String {
        guard language == .zh else { return reason }
        let words = ["lock": "锁", "queue": "队列", "join": "join", "event": "事件", "condition": "条件变量",
                     "barrier": "屏障", "sleep": "睡眠", "pipe": "管道", "connection": "连接", "pool result": "进程池结果",
                     "future result": "Future 结果", "executor shutdown": "执行器 shutdown()", "manager": "管理器", "connection wait()": "connection.wait()",
                     "accept()": "accept()", "threads at exit": "退出时等待线程"]
        return words[reason] ?? reason
    }

    /// Every event kind that has words, in English and in Chinese (counted with the catalog's phrases).
    static let eventKinds: [String: (en: String, zh: String)] = [
        "*": ("event", "任意"),
        "print": ("print", "输出"),
        "process.start": ("process start", "进程开始运行"),
        "process.spawn": ("start() of a child", "启动子进程"),
        "process.exit": ("process exit", "进程退出"),
        "process.reaped": ("child's end seen by its parent", "父进程看到子进程结束"),
        "process.join": ("join() return", "join() 返回"),
        "process.join.wait": ("wait in join()", "在 join() 中等待"),
        "process.run": ("direct run() call", "直接调用 run()"),
        "process.run.end": ("end of run()", "run() 结束"),
        "process.error": ("failed process call", "进程操作失败"),
        "process.terminate": ("terminate()", "terminate()"),
        "process.kill": ("kill()", "kill()"),
        "process.signal": ("signal sent to a child", "向子进程发送信号"),
        "process.killed": ("process stopped by mp-tutor", "被 mp-tutor 停止的进程"),
        "pool.create": ("pool creation", "创建进程池"),
        "pool.submit": ("task submission", "提交任务"),
        "pool.task.start": ("task start", "任务开始"),
        "pool.task.end": ("task end", "任务结束"),
        "pool.result": ("result arrival", "结果到达"),
        "pool.callback": ("callback", "回调"),
        "pool.callback.end": ("callback return", "回调返回"),
        "pool.close": ("pool close()", "进程池 close()"),
        "pool.terminate": ("pool terminate()", "进程池 terminate()"),
        "pool.join": ("pool join() return", "进程池 join() 返回"),
        "pool.get": ("get() of a result", "取结果 get()"),
        "queue.create": ("queue creation", "创建队列"),
        "queue.put": ("put on a queue", "放入队列"),
        "queue.get": ("get from a queue", "从队列取出"),
        "queue.wait": ("wait on a queue", "等待队列"),
        "queue.timeout": ("queue timeout", "队列操作超时"),
        "queue.empty": ("get_nowait on an empty queue", "对空队列 get_nowait"),
        "queue.full": ("put_nowait on a full queue", "对满队列 put_nowait"),
        "queue.task_done": ("task_done()", "task_done()"),
        "queue.join": ("queue join() return", "队列 join() 返回"),
        "queue.join.wait": ("wait in a queue's join()", "在队列的 join() 中等待"),
        "lock.create": ("lock creation", "创建锁"),
        "lock.wait": ("wait for a lock", "等待锁"),
        "lock.acquire": ("lock acquisition", "获得锁"),
        "lock.release": ("lock release", "释放锁"),
        "lock.timeout": ("lock timeout", "等锁超时"),
        "event.create": ("Event creation", "创建事件"),
        "event.set": ("Event set()", "事件 set()"),
        "event.clear": ("Event clear()", "事件 clear()"),
        "event.wait": ("wait for an Event", "等待事件"),
        "event.wake": ("wake-up from an Event wait", "从事件等待中醒来"),
        "condition.create": ("Condition creation", "创建条件变量"),
        "condition.wait": ("wait on a Condition", "等待条件变量"),
        "condition.wake": ("wake-up from a Condition wait", "从条件变量等待中醒来"),
        "condition.notify": ("notify()", "notify()"),
        "barrier.create": ("Barrier creation", "创建屏障"),
        "barrier.wait": ("wait at a Barrier", "在屏障处等待"),
        "barrier.wake": ("pass through a Barrier", "通过屏障"),
        "barrier.abort": ("abort() of a Barrier", "中止屏障 abort()"),
        "pipe.create": ("Pipe creation", "创建管道"),
        "pipe.send": ("send on a pipe", "通过管道发送"),
        "pipe.recv": ("recv on a pipe", "从管道接收"),
        "pipe.wait": ("wait to recv on a pipe", "等待从管道接收"),
        "pipe.poll": ("poll() of a pipe", "管道 poll()"),
        "manager.create": ("manager start", "启动管理器"),
        "manager.connect": ("connection to a manager", "连接管理器"),
        "manager.shutdown": ("a manager's shutdown", "关闭管理器"),
        "manager.call": ("call to a manager", "调用管理器"),
        "manager.wait": ("a blocking call sent to a manager", "发给管理器的阻塞调用"),
        "executor.wait": ("a wait on several work items", "等待多个工作项"),
        "executor.waited": ("the end of a wait on several work items", "多个工作项的等待结束"),
        "connection.open": ("connection opened", "打开连接"),
        "connection.refused": ("refused connection", "被拒绝的连接"),
        "process.exec": ("os.exec*() call", "os.exec*() 调用"),
        "connection.wait": ("connection wait()", "connection wait()"),
        "connection.waited": ("connection wait() returned", "connection wait() 返回"),
        "listener.wait": ("Listener accept() waits", "Listener accept() 等待"),
        "listener.accept": ("Listener accept()", "Listener accept()"),
        "shared.create": ("shared memory creation", "创建共享内存"),
        "shared.read": ("read of shared memory", "读共享内存"),
        "shared.write": ("write to shared memory", "写共享内存"),
        "local.create": ("threading.local creation", "创建 threading.local"),
        "local.set": ("set of a thread-local value", "设置线程局部变量"),
        "local.get": ("read of a thread-local value", "读取线程局部变量"),
        "local.del": ("delete of a thread-local value", "删除线程局部变量"),
        "thread.start": ("thread start", "线程启动"),
        "thread.exit": ("thread end", "线程结束"),
        "subprocess.spawn": ("program started by subprocess", "用 subprocess 启动程序"),
        "subprocess.exit": ("end of a subprocess program", "subprocess 程序结束"),
        "os.state": ("OS state stretch", "操作系统状态片段"),
        "run.timeout": ("watchdog timeout", "看门狗超时"),
        "process.start_method": ("set_start_method()", "set_start_method()"),
        "process.exiting": ("process beginning to exit", "进程开始退出"),
        "pool.wait": ("wait for a pool result", "等待进程池的结果"),
        "pool.waited": ("pool result wait's end", "等到进程池的结果"),
        "executor.create": ("executor creation", "执行器创建"),
        "executor.broken": ("broken executor", "执行器损坏"),
        "executor.shutdown": ("executor shutdown()", "执行器 shutdown()"),
        "future.submit": ("work item submission", "提交工作项"),
        "future.start": ("work item start", "工作项开始"),
        "future.end": ("work item end", "工作项结束"),
        "future.callback": ("a done-callback that raised", "抛出异常的完成回调"),
        "future.callback.run": ("a done-callback starting", "完成回调开始运行"),
        "future.callback.end": ("a done-callback returning", "完成回调返回"),
        "pipe.send.error": ("a send() that raised", "抛出异常的 send()"),
        "future.result": ("work item result arriving", "工作项结果到达"),
        "future.cancel": ("cancel() of a work item", "取消工作项（cancel()）"),
        "pool.init": ("pool initializer start", "进程池初始化函数开始"),
        "pool.init.end": ("pool initializer end", "进程池初始化函数结束"),
        "executor.init": ("executor initializer start", "执行器初始化函数开始"),
        "executor.init.end": ("executor initializer end", "执行器初始化函数结束"),
        "queue.task_done.error": ("task_done() that raised", "抛出异常的 task_done()"),
        "lock.release.error": ("release() that raised", "抛出异常的 release()"),
        "future.wait": ("wait for a Future", "等待 Future"),
        "future.waited": ("Future wait's end", "等到 Future"),
        "tracer.missing": ("missing patch point", "缺少插桩点"),
        "run.interrupt": ("interrupted run", "运行被中断"),
        "thread.shutdown.wait": ("wait for threads at interpreter exit", "解释器退出时等待线程"),
        "thread.shutdown.waited": ("end of the wait for threads at exit", "退出时等待线程结束"),
        "shm.create": ("shared memory segment creation", "创建共享内存段"),
        "shm.attach": ("attach to a shared memory segment", "连接共享内存段"),
        "shm.close": ("close() of a shared memory segment", "关闭共享内存段（close()）"),
        "shm.unlink": ("unlink() of a shared memory segment", "删除共享内存段（unlink()）"),
        "queue.close": ("close() of a queue", "关闭队列（close()）"),
        "queue.cancel_join": ("cancel_join_thread()", "cancel_join_thread()"),
        "queue.join_thread": ("join_thread()", "join_thread()"),
        "queue.error": ("put()/get() on a closed queue", "对已关闭队列的 put()/get()"),
        "condition.error": ("a Condition's wait()/notify() without its lock", "未持有锁时调用 Condition 的 wait()/notify()"),
        "pool.task.get.error": ("a pool worker's get() of a task it could not unpickle", "池工作进程取任务时无法反序列化"),
        "queue.put.changed": ("an object changed after its put(), pickled by the feeder", "put() 之后被修改、由 feeder 线程序列化的对象"),
        "future.submit.error": ("submit() that raised", "抛出异常的 submit()"),
        "manager.start.wait": ("wait in a Manager's start()", "在 Manager 的 start() 中等待"),
        "manager.start.error": ("Manager start() that raised", "抛出异常的 Manager start()"),
        "process.setting": ("set_executable() / set_forkserver_preload()", "set_executable() / set_forkserver_preload()"),
    ]
}

extension Phrase {
    /// An OS scheduling state (`running`, `ready`, `blocked`) in words.
    public static func osState(_ state: String, in language: Language = .current) -> String {
        guard language == .zh else { return state }
        return ["running": "运行", "ready": "就绪", "blocked": "阻塞"][state] ?? state
    }
}
