import sys
import counter_mod
counter_mod.bump()
print(counter_mod.count)
del sys.modules["counter_mod"]
import counter_mod as fresh
print(fresh.count, fresh is counter_mod)
print(sys.modules["counter_mod"] is fresh)
