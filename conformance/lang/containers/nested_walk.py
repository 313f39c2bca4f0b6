tree = ["root", [["lib", [["ota.py", []], ["net.py", []]]], ["main.py", []]]]
def walk(node, depth=0):
    name, children = node
    print("  " * depth + name)
    for c in children:
        walk(c, depth + 1)
walk(tree)
def count(node):
    return 1 + sum(count(c) for c in node[1])
print(count(tree))
