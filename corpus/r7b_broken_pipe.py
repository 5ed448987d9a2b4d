# Writing to a Pipe whose other end is closed: BrokenPipeError, caught.
import multiprocessing as mp


def reader(conn):
    print("reader got", conn.recv(), flush=True)
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=reader, args=(b,))
    p.start()
    b.close()
    a.send("first")
    p.join()
    for i in range(3):
        try:
            a.send(f"message {i}")
            print("sent", i)
        except BrokenPipeError as e:
            print("BrokenPipeError:", e)
            break
    try:
        print(a.recv())
    except EOFError:
        print("recv: EOFError")
