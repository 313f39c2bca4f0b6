# dict and list subclasses print as JSON; exceptions print their args; a __repr__ wins.
import json
class H(dict):
    pass
class L(list):
    pass
class R(dict):
    def __repr__(self): return 'R!'
class E(Exception):
    pass
h = H(); h['a'] = 1; h['b'] = [True]
print(json.dumps(h))
print(json.dumps(L([1, None])))
print(json.dumps(R(a=1)))
print(json.dumps([ValueError('bad'), E('x', 2)]))
print(json.dumps({'k': H(z=None)}))
