import util


def main():
    print("app", util.V)
