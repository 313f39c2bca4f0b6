def use():
    import otautil
    from otapkg import version
    return otautil.VERSION, version.parse("3.0")
print(use())
print("otautil" in globals())
import sys
print("otautil" in sys.modules)
