import sys
saved = list(sys.path)
sys.path.remove("")
try:
    import helper
    print("helper found", helper.WHERE)
except ImportError as e:
    print("ImportError:", e)
sys.path.insert(0, "")
import helper
print("helper found", helper.WHERE)
sys.path[:] = saved
print(sys.path == saved)
