def main():
    print("app 1")
