try:
    import broken_import
except ImportError as e:
    print("ImportError:", e)
import broken_import
