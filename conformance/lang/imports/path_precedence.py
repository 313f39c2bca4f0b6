import sys
print(sys.path)
import shadow
print(shadow.WHERE)
