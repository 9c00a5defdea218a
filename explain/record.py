"""Write the recorded dropout runs (explain/dropout/dropout_runs.npz): python -m explain.record"""
import time

from explain import dropout

if __name__ == "__main__":
    start = time.perf_counter()
    dropout.record_runs()
    print(f"{dropout.RECORDED} written in {time.perf_counter() - start:.0f} s")
