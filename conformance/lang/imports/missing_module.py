try:
    import no_such_updater_module
except ImportError as e:
    print("ImportError:", e, type(e).__name__)
try:
    from otautil import missing_name
except ImportError as e:
    print("ImportError:", e)
try:
    import otapkg.nonexistent
except ImportError as e:
    print("ImportError:", e)
print("done")
