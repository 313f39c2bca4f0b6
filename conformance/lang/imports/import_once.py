import sys
import counter_mod
import counter_mod
from counter_mod import bump
print(bump(), bump(), counter_mod.count)
import counter_mod as again
print(again is counter_mod, again.count)
print("counter_mod" in sys.modules)
