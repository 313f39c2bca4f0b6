print("before")
import failing_mod
print("not reached")
