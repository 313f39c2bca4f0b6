LEVEL = "info"
def configure(level):
    global LEVEL
    def apply():
        return LEVEL
    LEVEL = level
    return apply()
print(configure("debug"), LEVEL)
def reader():
    return LEVEL.upper()
print(reader())
