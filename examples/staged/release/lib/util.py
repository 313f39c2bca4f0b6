VERSION = "2"


def greeting():
    return "hello from version 2"
