"""concurrent.futures' kinds (futures.py, futures_process.py, futures_waits.py, executor_refusals.py): a part of
schema, split off when schema reached 400 lines (gaps 29B).  schema loads it where these kinds were declared, so the
declaration order is unchanged, and re-exports every name (schema.FUTURE_SUBMIT, ...)."""
from .schema import template, variant

EXECUTOR_CREATE = template('executor.create', ',"object":%s,"type":"%s","max_workers":%d,"site":%s%s')
EXECUTOR_BROKEN = template('executor.broken', ',"object":%s,"pending":%d,"error":%s')
# `unreadable_result` (trailing): the manager thread could not unpickle a result a worker sent (no worker died): the
# exception that raised, e.g. an exception class whose __init__ cannot be called with its args
EXECUTOR_BROKEN_UNREADABLE = variant('executor.broken', ',"object":%s,"pending":%d,"error":%s,"unreadable_result":%s')
# `reader_closed` (trailing, round 11): the manager thread's read of a result raised because this process had closed
# the result queue's reader under it (OSError: handle is closed, e.g. a shutdown() after an interrupted one): no result
# was read, none failed to unpickle
EXECUTOR_BROKEN_READER_CLOSED = variant('executor.broken', ',"object":%s,"pending":%d,"error":%s,"reader_closed":true')
EXECUTOR_SHUTDOWN = template('executor.shutdown', ',"object":%s,"wait":%s,"waited_ns":%d')
# `cancel_futures` (trailing, gaps 29B): shutdown(cancel_futures=True); each item it cancelled has its future.cancel
EXECUTOR_SHUTDOWN_CANCEL = variant('executor.shutdown', ',"object":%s,"wait":%s,"waited_ns":%d,"cancel_futures":true')
FUTURE_SUBMIT = template('future.submit', ',"object":%s,"work":%d,"func":%s,"args":%s,"method":"%s","items":%s')
FUTURE_START = template('future.start', ',"work":%d,"func":%s,"args":%s,"items":%s')
FUTURE_END = template('future.end', ',"work":%d,"ok":%s,"result":%s%s')
FUTURE_RESULT = template('future.result', ',"object":%s,"work":%d,"ok":%s,"error":%s%s')
FUTURE_CALLBACK = template('future.callback', ',"object":%s,"work":%d,"func":%s,"error":%s')
# a done-callback about to run (on the thread that runs it), and its return (`ran_ns`: how long it ran); one that
# raised ends with future.callback instead
FUTURE_CALLBACK_RUN = template('future.callback.run', ',"object":%s,"work":%d,"func":%s')
FUTURE_CALLBACK_END = template('future.callback.end', ',"object":%s,"work":%d,"func":%s,"ran_ns":%d')
# submit() that raised (a broken executor, or one shut down): no work item was made
FUTURE_SUBMIT_ERROR = template('future.submit.error', ',"object":%s,"func":%s,"error_type":%s,"error":%s')
# round 13F: raised after it had made and queued work item `queued` (starting the workers failed)
FUTURE_SUBMIT_ERROR_QUEUED = variant('future.submit.error', ',"object":%s,"func":%s,"error_type":%s,"error":%s,"queued":%d')
FUTURE_WAIT = template('future.wait', ',"object":%s,"work":%d,"call":"%s"')
# `timeout` (trailing, gaps 7): result(timeout)/exception(timeout)'s; for map() the timeout map() was given, and
# `left` the seconds of it left when this result was asked
FUTURE_WAIT_TIMEOUT = variant('future.wait', ',"object":%s,"work":%d,"call":"%s","timeout":%s,"left":%s')
# a ProcessPoolExecutor's worker running its initializer (as pool.init / pool.init.end)
EXECUTOR_INIT = template('executor.init', ',"func":%s,"args":%s')
EXECUTOR_INIT_END = template('executor.init.end', ',"func":%s,"ok":%s,"error":%s')
# cancel(): by the program, by map()'s iterator, or by shutdown(cancel_futures=True); `state` the Future's before
FUTURE_CANCEL = template('future.cancel', ',"object":%s,"work":%d,"ok":%s,"call":"%s","state":%s')
# result()/exception() of a Future already done whose work item raised, the first time (a wait records the others):
# with it and future.waited, the record has every read of an exception; executor.create's `reads: true` says so (gaps 11B)
FUTURE_READ = template('future.read', ',"object":%s,"work":%d,"call":"%s"')
FUTURE_WAITED = template('future.waited', ',"object":%s,"work":%d,"waited_ns":%d,"ok":%s,"error":%s')
EXECUTOR_WAIT = template('executor.wait', ',"object":%s,"call":"%s","pending":%d,"works":%s,"timeout":%s,"executors":%s')
# round 13F: shutdown() called by a `with executor:` block's end while an exception leaves it (`with_error`: its type); 14F: wait()'s `return_when`
EXECUTOR_WAIT_WITH_ERROR = variant('executor.wait', ',"object":%s,"call":"%s","pending":%d,"works":%s,"timeout":%s,"executors":%s,"with_error":%s')
EXECUTOR_WAIT_WHEN = variant('executor.wait', ',"object":%s,"call":"%s","pending":%d,"works":%s,"timeout":%s,"executors":%s,"return_when":"%s"')
EXECUTOR_WAITED = template('executor.waited', ',"object":%s,"call":"%s","waited_ns":%d,"ok":%s,"pending":%d')
# the wait raised (Ctrl-C's KeyboardInterrupt, an exception from a signal handler): `ok` false, and no timeout ran out
EXECUTOR_WAITED_RAISED = variant('executor.waited', ',"object":%s,"call":"%s","waited_ns":%d,"ok":%s,"pending":%d,"error":%s')
# gaps 33A: a concurrent.futures.Future the program made itself, outside an executor's submit() (`object` its key, labelled
# Future#N; `class`, trailing: the program's subclass of Future, when it is one); its later rows (future.wait, future.cancel,
# future.callback.*, executor.wait's `works`) name it by `object` with `work` 0
FUTURE_CREATE = template('future.create', ',"object":%s,"type":"Future","site":%s%s')
# set_result()/set_exception() on such a Future, in the thread that called it, stamped before it wakes the waiters and runs
# the done-callbacks: `ok` (false: set_exception), `result` (the value's short repr, or the exception)
FUTURE_SET = template('future.set', ',"object":%s,"ok":%s,"result":%s')
# the same call on a Future already done: it raised InvalidStateError; `state` the Future's state (finished, cancelled)
FUTURE_SET_REFUSED = variant('future.set', ',"object":%s,"ok":%s,"result":%s,"refused":%s')
