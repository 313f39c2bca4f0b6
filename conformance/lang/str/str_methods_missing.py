s = "Hello"
for name in ["capitalize", "title", "swapcase", "casefold", "isalnum", "isidentifier", "expandtabs", "translate", "maketrans", "removeprefix", "removesuffix", "format_map", "isnumeric", "isdecimal", "isprintable", "zfill", "center", "ljust", "rjust", "rindex", "rsplit", "splitlines", "encode", "partition", "rpartition", "count", "endswith"]:
    print(name, hasattr(s, name))
