print(__name__)
print(__file__)
if __name__ == "__main__":
    print("running as main")
import sys
print(sys.modules["__main__"].__name__ if "__main__" in sys.modules else "no __main__")
