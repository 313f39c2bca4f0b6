def greeting():
    return "hello from version 1"
