from util import greeting


def main():
    print(greeting())
