import util


def main():
    print('app', util.V)


def health():
    return util.V is not None
