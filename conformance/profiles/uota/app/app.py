def main():
    print("app 2 (new)")
