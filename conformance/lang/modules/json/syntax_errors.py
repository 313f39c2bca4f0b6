# Truncated or broken documents: ValueError("syntax error in JSON").
import json
docs = ['', ' ', '{', '[1, 2', '{"a": 1', '"abc', 'nul', 'tru', 'True', 'None', '[]]', '{"a": 1}}', '1 2', '[1] x', "{'a': 1}", 'NaN', 'Infinity', '{[1]: 2}', '"\\u12"']
for d in docs:
    try:
        print(repr(d), json.loads(d))
    except ValueError as e:
        print(repr(d), e)
