import TutorCore

extension RunState {
    /// Advances the executors over `e` (only called once an executor exists, or for its `executor.create`).
    mutating func applyExecutor(_ e: TraceEvent) {
        switch e.known {
        case .executorCreate:
            guard let label = e.object, !executors.contains(where: { $0.label == label }) else { return }
            executors.append(.init(label: label, type: e.objectType ?? "?", maxWorkers: e.int(EventField.maxWorkers), madeIn: e.pid,
                                   initializer: e.string(EventField.initializer)))
        case .executorInit, .executorInitEnd:
            applyExecutorInit(e)
        case .futureSubmitError:
            guard let x = executorIndex(e.object) else { return }
            if let queued = e.int(EventField.queued) {
                // submit() made and queued the item, then raised while starting workers: the item exists (counted apart
                // from `submitted`, as the summary's ExecutorFigures.queuedByFailedSubmit)
                executors[x].queuedByFailedSubmit += 1
                executors[x].notStarted.append(queued)
            } else {
                executors[x].refusedSubmits += 1
                executors[x].lastRefusal = e.string(EventField.errorType)
            }
        case .futureSubmit:
            guard let x = executorIndex(e.object), let work = e.work else { return }
            executors[x].submitted += 1
            executors[x].notStarted.append(work)
            executorSubmitter["\(e.pid) \(e.thread)"] = executors[x].label
        case .processSpawn:
            // a worker process a ProcessPoolExecutor's submit() started (the field is recorded since the third review)
            guard let label = e.string(EventField.executor), let x = executorIndex(label), let pid = e.childPid else { return }
            executorOfWorker[pid] = label
            executors[x].workersStarted += 1
            executors[x].workerPids.append(pid)
            executors[x].workersAlive.append(e.name ?? "pid \(pid)")
        case .processExit, .processReaped:
            let pid = e.is(.processExit) ? e.pid : (e.childPid ?? -1)
            guard let label = executorOfWorker[pid], let x = executorIndex(label), let w = executors[x].workerPids.firstIndex(of: pid) else { return }
            executors[x].workerPids.remove(at: w)
            let name = executors[x].workersAlive.remove(at: w)
            executors[x].initFailedAlive.removeAll { $0.worker == name }
        case .threadStart where e.string(EventField.target) == "_worker":
            // A ThreadPoolExecutor starts its worker thread inside submit(), on the submitting thread, after that submit's
            // record: the executor of the last submit on that thread.
            guard let name = e.name, let label = executorSubmitter["\(e.pid) \(e.thread)"], let x = executorIndex(label),
                  executors[x].isThreads, executors[x].madeIn == e.pid else { return }
            executors[x].workersStarted += 1
            executors[x].workersAlive.append(name)
        case .threadExit:
            for x in executors.indices where executors[x].isThreads && executors[x].madeIn == e.pid {
                executors[x].workersAlive.removeAll { $0 == e.thread }
                executors[x].initFailedAlive.removeAll { $0.worker == e.thread }
            }
        case .futureStart:
            guard let work = e.work, let x = executorOwning(e, work: work) else { return }
            executors[x].notStarted.remove(work)
            executors[x].running.append(.init(work: work, worker: e.isMainThread ? e.process : e.thread))
        case .futureEnd:
            // the worker ends the item it runs (one at a time); a second end of the same item (its result could not be
            // sent) finds it no longer running
            let worker = e.isMainThread ? e.process : e.thread
            guard let work = e.work, let x = executors.firstIndex(where: { ex in ex.running.contains { $0.work == work && $0.worker == worker } })
            else { return }
            executors[x].running.removeAll { $0.work == work && $0.worker == worker }
            if !executors[x].isThreads, e.isMainThread { idleBetweenWorkItems(e.pid) }
            if executors[x].isThreads {
                // a worker thread sets the Future itself
                if e.ok == false { executors[x].failed += 1 } else { executors[x].done += 1 }
            } else if executors[x].broken == nil {
                executors[x].endedNotBack.append(work)
            }
        case .futureResult:
            // a ProcessPoolExecutor's manager thread set the Future (or the feeder could not send the item: `unsent`)
            guard let x = executorIndex(e.object), let work = e.work else { return }
            executors[x].endedNotBack.removeAll { $0 == work }
            executors[x].notStarted.remove(work)
            executors[x].running.removeAll { $0.work == work }
            if e.ok == false { executors[x].failed += 1 } else { executors[x].done += 1 }
            if e.ok == false, e.bool(EventField.unsent) == true, let work = e.work {
                executors[x].unsent.append(.init(work: work, error: e.string(EventField.error) ?? "?",
                                                 argument: e.string(EventField.argument)))
                if executors[x].unsent.count > 3 { executors[x].unsent.removeFirst() }
            }
        case .futureCancel:
            guard e.ok == true, e.state != "cancelled", let x = executorIndex(e.object), let work = e.work else { return }
            executors[x].notStarted.remove(work)
            executors[x].cancelled += 1
        case .executorBroken:
            // every Future not done fails with BrokenProcessPool (BrokenThreadPool): those waiting, running, or whose
            // outcome had not come back
            guard let x = executorIndex(e.object) else { return }
            executors[x].broken = executors[x].isThreads ? "BrokenThreadPool" : "BrokenProcessPool"
            // gaps 31B: a ThreadPoolExecutor's break (its worker thread's initializer raised) fails the queued items only;
            // those other worker threads run go on (and its init.end may have counted the queued ones already)
            guard !executors[x].isThreads else {
                executors[x].failedByBreak += executors[x].notStarted.count
                executors[x].notStarted.removeAll()
                return
            }
            executors[x].failedByBreak += executors[x].notStarted.count + executors[x].running.count + executors[x].endedNotBack.count
            executors[x].notStarted.removeAll()
            executors[x].running = []
            executors[x].endedNotBack = []
        case .executorWait where e.string(EventField.call) == "shutdown()":
            if let x = executorIndex(e.object), executors[x].shutdown == nil { executors[x].shutdown = .waiting }
        case .executorShutdown:
            if let x = executorIndex(e.object) { executors[x].shutdown = .done }
        default:
            break
        }
    }
}

private extension RunState {
    /// A worker's run of its executor's initializer (gaps 30A): the worker is a ProcessPoolExecutor's process (its spawn
    /// named the executor) or a ThreadPoolExecutor's thread (one of its workers). A thread's initializer that raised
    /// breaks that pool then and there (3.11's thread.py: `_initializer_failed()` in the same thread fails every item still
    /// queued with BrokenThreadPool); a process pool breaks when its manager thread sees the worker gone (`executor.broken`).
    mutating func applyExecutorInit(_ e: TraceEvent) {
        let x: Int?
        if e.isMainThread, let label = executorOfWorker[e.pid] {
            x = executorIndex(label)
        } else {
            x = executors.indices.first { executors[$0].isThreads && executors[$0].madeIn == e.pid
                && executors[$0].workersAlive.contains(e.thread) }
        }
        guard let x else { return }
        if executors[x].initializer == nil { executors[x].initializer = e.string(EventField.function) }
        guard e.is(.executorInitEnd), e.ok == false else { return }
        let worker = e.isMainThread ? e.process : e.thread
        executors[x].initFailures.append(.init(worker: worker, error: e.string(EventField.error) ?? "?"))
        if executors[x].initFailures.count > 3 { executors[x].initFailures.removeFirst() }
        executors[x].initFailureCount += 1
        executors[x].initFailedAlive.append(.init(worker: worker, error: e.string(EventField.error) ?? "?"))
        if executors[x].isThreads, executors[x].broken == nil {
            executors[x].broken = "BrokenThreadPool"
            executors[x].failedByBreak += executors[x].notStarted.count
            executors[x].notStarted.removeAll()
        }
    }

    func executorIndex(_ label: String?) -> Int? { label.flatMap { l in executors.firstIndex { $0.label == l } } }

    /// The one executor that submitted `work` and has not had it started (nor cancelled, nor failed: it never starts then;
    /// kept in `notStarted`, so a state holds no list of every item ever submitted), where the start ran: a ThreadPoolExecutor's
    /// items in a thread of the process that made it, a ProcessPoolExecutor's on the main thread of another process (of
    /// that executor, when the spawn named it). Nil when none or several could own it: never guessed.
    func executorOwning(_ e: TraceEvent, work: Int64) -> Int? {
        let only = e.isMainThread ? executorOfWorker[e.pid] : nil
        let candidates = executors.indices.filter { x in
            let ex = executors[x]
            return ex.notStarted.contains(work) && (only == nil || only == ex.label)
                && (ex.isThreads ? ex.madeIn == e.pid : ex.madeIn != e.pid && e.isMainThread)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
