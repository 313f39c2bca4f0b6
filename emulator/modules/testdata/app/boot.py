# boot
import gc
gc.collect()
