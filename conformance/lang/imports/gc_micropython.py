import gc
import micropython
gc.collect()
print("collected")
from micropython import const
N = const(3)
print(N)
print(hasattr(micropython, "mem_info"), hasattr(gc, "mem_free"))
