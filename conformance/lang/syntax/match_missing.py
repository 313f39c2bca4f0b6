cmd = "update"
print("before")
match cmd:
    case "update":
        print("matched")
