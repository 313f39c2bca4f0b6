class Node:
    def __init__(self):
        self.value = 1
n = Node()
print(n.value)
try:
    n.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Node.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).missing
except AttributeError as e:
    print("AttributeError:", e)
print(n.nothing_here)
