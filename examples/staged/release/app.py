from util import VERSION, greeting


def main():
    print(greeting(), "(app", VERSION + ")")
