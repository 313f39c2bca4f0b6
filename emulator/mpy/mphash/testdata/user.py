import json
from collections import OrderedDict
def _kw(**kw):
    return kw
class U:
    def __init__(self, i, h):
        self.i = i
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, U) and o.i == self.i
    def __repr__(self):
        return 'U(%d)' % self.i
print('# dict_user_0')
d = {U(4,2): 1, U(29,0): 2, 3247: 3, (): 4, 63: 5}
print(list(d.items()))
d.update({'say "hi"': 6, U(1,-1): 7, 'tag_name': 8, '': 9})
if 3247 in d: del d[3247]
print(list(d.items()))
if 's7Y4iygb6' in d: del d['s7Y4iygb6']
d['say "hi"'] = 10
d.update({U(1,-1): 11})
print(list(d.items()))
d.update([(U(20,140), 12)])
d.setdefault(U(1,-1), 13)
if U(27,-2) in d: del d[U(27,-2)]
d[U(1,-1)] = 14
d['ns'] = 15
if U(20,140) in d: del d[U(20,140)]
d[(46,)] = 16
d[U(6,1099511627782)] = 17
d[U(23,1099511627799)] = 18
d[b'version'] = 19
print(list(d.items()))
d[U(10,1099511627786)] = 20
d[U(10,1099511627786)] = 21
d |= {}
print([k in d for k in [U(6,1099511627782), (46,), 'ab']])
d[U(13,1099511627789)] = 22
print(list(d.items()))
d[b''] = 23
d[1594] = 24
d['oewdBcp'] = 25
print(d.popitem() if d else None)
d[U(4,28)] = 26
d.setdefault((46,), 27)
d[b''] = 28
d[U(10,-1)] = 29
d['content'] = 30
d[('\xe9', 'sha256')] = 31
d.update({U(10,-1): 32})
print([k in d for k in ['say "hi"', 'oewdBcp', 'content', 'ab', U(1,-1), U(1,-1)]])
print(list(d.items()))
d[59.5] = 33
d[U(17,6)] = 34
d[U(19,-1)] = 35
print(list(d.items()))
d[U(23,161)] = 36
if 1594 in d: del d[1594]
d['ab'] = 37
print(d.popitem() if d else None)
d.update([(U(12,1), 38)])
d[b'version'] = 39
print(d.popitem() if d else None)
if 63 in d: del d[63]
d['4g8j9mh2wY19'] = 40
d.update([('\xe9', 41), (12, 42), (U(22,2), 43)])
print(list(d.items()))
if 'caf\xe9' in d: del d['caf\xe9']
print(list(d.items()))
d[25] = 44
print(d.popitem() if d else None)
d[()] = 45
d[U(10,-1)] = 46
print(list(d.items()))
d[U(13,2)] = 47
d[U(4,28)] = 48
d[U(7,5)] = 49
if 1594 in d: del d[1594]
print(list(d.items()))
print('# dict_user_1')
d = dict.fromkeys([U(8,6), b'ab', U(23,3), U(19,-1), U(27,-2), U(24,4), '9mm1b70', U(18,126), U(19,-1), U(14,3)], 0)
print(list(d.items()))
d[U(20,0)] = 60
d[94] = 61
d.update({(52,): 62})
print(list(d.items()))
d[1.0] = 63
print([k in d for k in [U(24,4), 74]])
print(list(d.items()))
d[35] = 64
if '9mm1b70' in d: del d['9mm1b70']
print(list(d.items()))
print(list(d.items()))
d.update([(U(24,4), 65), (U(19,-1), 66), ('tag_name', 67), (U(2,0), 68), (U(3,1), 69)])
print([k in d for k in [U(23,3), U(24,4), '9mm1b70', U(20,0), U(20,0), U(2,14)]])
d[U(20,0)] = 70
print([k in d for k in [U(24,4), '9mm1b70', b'ab', U(19,-1), U(19,-1), U(19,-1)]])
d[U(16,112)] = 71
d[35] = 72
d['x9lfe_g'] = 73
print([k in d for k in ['files', U(24,4), U(3,21)]])
d[b'version'] = 74
print([k in d for k in ['x9lfe_g', U(19,-1), U(14,3)]])
d[U(24,4)] = 75
print(list(d.items()))
d[U(20,140)] = 76
d['a08xyw0wnm'] = 77
print([k in d for k in [35, U(20,0), U(27,-2)]])
d[-17.75] = 78
print(list(d.items()))
d[U(22,2)] = 79
d[72.5] = 80
d[U(14,1099511627790)] = 81
d[U(0,-2)] = 82
d.update({U(19,133): 83})
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d[U(9,-2)] = 84
d['xuuo'] = 85
d[U(20,140)] = 86
d.setdefault(35, 87)
d[U(12,1)] = 88
d.update({U(22,2): 89, 78: 90})
print(list(d.items()))
d['awl1jbpCc0q'] = 91
d[U(19,-1)] = 92
print(d.popitem() if d else None)
if 'awl1jbpCc0q' in d: del d['awl1jbpCc0q']
d.update([(U(17,119), 93), ((), 94)])
d[4.0] = 95
print(list(d.items()))
if 'a08xyw0wnm' in d: del d['a08xyw0wnm']
print([k in d for k in [U(24,4), U(19,-1), 35, 'ab']])
d[U(22,2)] = 96
d.setdefault(U(16,1099511627792), 97)
print([k in d for k in [(52,), 'k', U(24,4), U(16,1099511627792)]])
d[-824] = 98
d['files'] = 99
d[U(19,-1)] = 100
d.pop(94, None)
d.pop('Y', None)
d.clear()
d.setdefault('awl1jbpCc0q', 101)
if 'awl1jbpCc0q' in d: del d['awl1jbpCc0q']
if U(13,2) in d: del d[U(13,2)]
d.setdefault(U(27,-2), 102)
print([k in d for k in ['xuuo', b'', U(27,-2), U(20,0)]])
print([k in d for k in [U(22,2), U(19,-1), 'a08xyw0wnm', 'a08xyw0wnm']])
d[-2.0] = 103
d.update({51: 104, U(29,1099511627805): 105, U(18,-2): 106, U(7,5): 107, -0.75: 108, U(4,1099511627780): 109})
if U(16,1099511627792) in d: del d[U(16,1099511627792)]
d[U(3,1)] = 110
print(list(d.items()))
print('# dict_user_2')
d = {k: v for k, v in zip([(61,), U(6,1099511627782), U(22,2), '\u20acuro', U(12,1), 3, 51, 97, 'VERSION', 'xou9iuAY', 'ota', U(1,1099511627777)], [111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122])}
print(list(d.items()))
d['iu0p4_mli'] = 123
d[1099511627776] = 124
d[U(0,-2)] = 125
if 84 in d: del d[84]
if U(0,-2) in d: del d[U(0,-2)]
d[35] = 126
d.update([(1, 127)])
d.update({U(25,5): 128, U(21,1099511627797): 129, 'latest': 130, U(8,56): 131})
d[U(10,1099511627786)] = 132
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
if 'dir' in d: del d['dir']
print([k in d for k in [1099511627776, U(3,1), U(8,6), 'ota', U(21,1)]])
if (34, 'r35p') in d: del d[(34, 'r35p')]
d[73.5] = 133
d = d.copy()
d['timeout'] = 134
d.pop(U(6,1099511627782), None)
if (7,) in d: del d[(7,)]
d[U(24,168)] = 135
d[U(8,6)] = 136
d[U(18,-2)] = 137
if U(6,4) in d: del d[U(6,4)]
if U(8,56) in d: del d[U(8,56)]
d.update([(U(9,63), 138)])
d[U(26,6)] = 139
d.pop(73.5, None)
d[58] = 140
if 'download_url' in d: del d['download_url']
d.update({U(24,4): 141, U(13,2): 142, -84: 143, U(11,0): 144})
d[U(9,63)] = 145
d.update([('s965rmjnb', 146), (U(24,4), 147)])
d[73] = 148
d.pop(41, None)
if 73.5 in d: del d[73.5]
d[U(25,1099511627801)] = 149
d['type'] = 150
print([k in d for k in [('say "hi"', '9Z3q9B_q9xb_'), U(25,1099511627801), U(25,5), U(5,35), 'jY4cj2cc4']])
d[U(23,3)] = 151
d[3735] = 152
d.update([(65, 153), ('status', 154), (U(4,1099511627780), 155), (-19, 156), ((67, 63, 27), 157)])
d['xou9iuAY'] = 158
d[94] = 159
d.pop('latest', None)
print([k in d for k in [U(21,1099511627797)]])
d[U(26,6)] = 160
print([k in d for k in [U(0,0), U(0,0), U(12,1), ' ']])
if 65 in d: del d[65]
d[U(16,5)] = 161
d['file'] = 162
d[U(24,4)] = 163
print(list(d.items()))
print('# set_user_3')
s = {(), 'oruqxbzk68', U(24,4), 'i', 'u2Bd_sc34ws', ()}
print(list(s))
s.add(-2.25)
s.discard(48.0)
s.add(False)
s.add(('s2dl6Ywm', '8f1gYoi063'))
print([k in s for k in [78]])
print(list(s))
s.clear()
s.add('g')
s.add('host')
s.discard('host')
print(list(s))
s = s ^ {(19, 'f1uXBfqksv'), U(28,-1), U(24,4), 65535}
print([k in s for k in [65535, U(9,-2), 'truncated', ('s2dl6Ywm', '8f1gYoi063')]])
s |= s
s.add(('rX8', '2Bl1xBd'))
print([k in s for k in ['error', (), U(29,0)]])
s.add('draft')
print(list(s))
s.add(U(14,3))
s.discard(('rX8', '2Bl1xBd'))
print(s.pop() if s else None)
s.add(U(7,5))
s.discard(U(7,5))
print(hash(frozenset(s)))
s.add(U(15,4))
s.discard('host')
print(hash(frozenset(s)))
s.add(64)
s.discard(U(28,-1))
s.discard(U(15,4))
print(s.pop() if s else None)
s = s & s
s &= s
s.discard('c')
s = s & s
print(list(s))
print([k in s for k in ['u2Bd_sc34ws', 'u2Bd_sc34ws', 'g']])
s.add(77)
s -= s
s.add(1.0)
s -= {-9.5, ('rX8', '2Bl1xBd'), (19, 'f1uXBfqksv'), U(7,5), 1.0, 1.0, U(6,4), U(28,-1)}
s.add(b'')
s.add('main.py')
s.discard(U(4,1099511627780))
print(list(s))
print('# dict_user_4')
d = dict.fromkeys([U(6,4), 'ota', (4294967295, 97, 48), U(28,-1), 70.0, 55, -1, 'nZup', (70, 94, -6), (28, 'fb2'), 3000000000.0, 'lib'], 0)
print(list(d.items()))
if U(29,0) in d: del d[U(29,0)]
d[b''] = 176
d[70.0] = 177
d[-1] = 178
print(list(d.items()))
d = d.copy()
d[U(7,5)] = 179
d['commit'] = 180
d = d.copy()
d[U(1,-1)] = 181
d[U(7,5)] = 182
d[()] = 183
d[U(8,56)] = 184
d[U(18,-2)] = 185
d = d | {('published_at', 'v1.2.3'): 186}
d[U(18,-2)] = 187
d.pop(U(14,3), None)
print(d.popitem() if d else None)
d[U(18,1099511627794)] = 188
print(d.popitem() if d else None)
d[U(21,1)] = 189
d[U(19,-1)] = 190
print(list(d.items()))
print([k in d for k in [U(19,-1), U(7,5), U(7,5), 1.0, U(8,56), U(23,3)]])
d[7] = 191
if U(7,5) in d: del d[U(7,5)]
d[U(24,4)] = 192
if U(13,2) in d: del d[U(13,2)]
d[U(9,1099511627785)] = 193
d['jksZ'] = 194
print(list(d.items()))
d[U(19,-1)] = 195
d.setdefault(7, 196)
d.setdefault(U(24,4), 197)
d[70.0] = 198
print(d.popitem() if d else None)
d[U(28,-1)] = 199
d['nZup'] = 200
if 28 in d: del d[28]
print(list(d.items()))
d.pop(b'', None)
print(list(d.items()))
print(list(d.items()))
print('# dict_user_5')
d = {}
print(list(d.items()))
d[b'version'] = 201
print(list(d.items()))
d[U(11,0)] = 202
d['mhCnd6phYe2g'] = 203
d[U(15,105)] = 204
d = d.copy()
d[U(23,3)] = 205
if U(11,0) in d: del d[U(11,0)]
d.setdefault(U(11,0), 206)
d[U(24,4)] = 207
d['Xtjg9qcAqm'] = 208
d[U(22,2)] = 209
if 'mhCnd6phYe2g' in d: del d['mhCnd6phYe2g']
if U(24,4) in d: del d[U(24,4)]
print(d.popitem() if d else None)
if 'Xtjg9qcAqm' in d: del d['Xtjg9qcAqm']
d.setdefault(U(15,105), 210)
print([k in d for k in [U(18,1099511627794), U(22,2)]])
d.update([('gjCYaipj', 211), ('timeout', 212)])
d.clear()
d['_'] = 213
if U(15,105) in d: del d[U(15,105)]
d.update([('orBxsCeA1Z', 214)])
d['kclq9eodz0Ap'] = 215
if U(9,-2) in d: del d[U(9,-2)]
d |= {'7ewlZ': 216, (): 217, 24: 218, None: 219}
d.pop('gjCYaipj', None)
d = d.copy()
d[U(17,6)] = 220
if U(11,0) in d: del d[U(11,0)]
d.setdefault('_', 221)
d[U(15,4)] = 222
d[U(29,1099511627805)] = 223
print(list(d.items()))
d[-1073741825] = 224
print(list(d.items()))
d[U(5,3)] = 225
d[U(11,0)] = 226
d[1640] = 227
d = d.copy()
d.setdefault('orBxsCeA1Z', 228)
d['gjCYaipj'] = 229
if U(21,1) in d: del d[U(21,1)]
d[U(26,6)] = 230
print([k in d for k in [43, U(15,105)]])
print(list(d.items()))
print(list(d.items()))
d[U(7,5)] = 231
if U(24,4) in d: del d[U(24,4)]
if -1073741825 in d: del d[-1073741825]
d[b''] = 232
d[96] = 233
if '_' in d: del d['_']
if '_' in d: del d['_']
print(d.popitem() if d else None)
if 'mhCnd6phYe2g' in d: del d['mhCnd6phYe2g']
print(list(d.items()))
d[U(11,0)] = 234
print(list(d.items()))
if 'Xtjg9qcAqm' in d: del d['Xtjg9qcAqm']
d.setdefault(U(10,-1), 235)
print(list(d.items()))
if 'mhCnd6phYe2g' in d: del d['mhCnd6phYe2g']
d[U(19,133)] = 236
print([k in d for k in [U(29,1099511627805)]])
d[U(17,6)] = 237
d[U(9,-2)] = 238
print(list(d.items()))
print('# dict_user_6')
d = dict.fromkeys(iter(['label', U(22,154), 'name', U(21,1), 'prerelease', U(28,-1), U(7,49), (28, -10, -65536), U(18,-2), 65536, 36]), 0)
print(list(d.items()))
if U(24,1099511627800) in d: del d[U(24,1099511627800)]
d[U(28,-1)] = 250
d['9lun6qAyljA1'] = 251
d[1] = 252
d.pop(U(7,49), None)
d.setdefault(U(7,49), 253)
d[7] = 254
print(list(d.items()))
d.setdefault(U(18,-2), 255)
d[-11.75] = 256
if 36 in d: del d[36]
d[4] = 257
print(list(d.items()))
d[U(0,0)] = 258
d[36] = 259
d[U(21,1)] = 260
d.update([(U(14,3), 261), (U(24,168), 262), (U(28,-1), 263), (U(28,-1), 264)])
print(d.popitem() if d else None)
if 1 in d: del d[1]
print(list(d.items()))
d.setdefault('prerelease', 265)
d['sha1'] = 266
print(list(d.items()))
d.setdefault(U(18,-2), 267)
d[U(16,5)] = 268
d[U(9,63)] = 269
d[U(27,-2)] = 270
if U(23,3) in d: del d[U(23,3)]
d['body'] = 271
print(list(d.items()))
d['truncated'] = 272
d[U(14,3)] = 273
d[-4.0] = 274
print([k in d for k in [U(28,-1), 'name', -11.75, 'name', U(7,49)]])
if U(6,42) in d: del d[U(6,42)]
d[35.5] = 275
d[U(27,-2)] = 276
print(d.popitem() if d else None)
d[U(20,0)] = 277
d.update({6: 278, 571: 279})
d.pop('body', None)
d[(72, 'assets')] = 280
d[b'ab'] = 281
d['prerelease'] = 282
d.setdefault(b'ab', 283)
print([k in d for k in [U(28,-1), 'bqw1qoyo']])
d['file'] = 284
d = d.copy()
if U(28,-1) in d: del d[U(28,-1)]
d[1] = 285
print(d.popitem() if d else None)
d[U(24,1099511627800)] = 286
d['a'] = 287
print([k in d for k in [-4.0, U(21,1), 6, U(14,3), 1]])
d.pop(U(14,3), None)
d[('h2ch4jb', 'X0w3k')] = 288
if 'name' in d: del d['name']
d[U(5,3)] = 289
d[36] = 290
d[U(5,3)] = 291
d[17] = 292
d[U(20,0)] = 293
d[39] = 294
d[77] = 295
if 571 in d: del d[571]
d['1gYeh'] = 296
if -11.75 in d: del d[-11.75]
d[U(28,-1)] = 297
d[U(24,4)] = 298
if 35.5 in d: del d[35.5]
print([k in d for k in [U(24,1099511627800), U(20,0), U(16,5), U(24,4)]])
d[99] = 299
print(list(d.items()))
d.update([(U(3,1), 300), (('tree', 'xhZxd0q7__4j'), 301), ('na\xefve', 302), (U(3,1), 303), (U(5,3), 304)])
print(list(d.items()))
print('# set_user_7')
s = set([66, U(1,1099511627777), 'body', U(6,4)])
print(list(s))
s.add(U(28,196))
s.add(48.5)
print(list(s))
print([k in s for k in [U(6,4), 48.5, U(6,4), U(28,196)]])
s.add('html_url')
s.add(-869)
s.add('password')
s = s.copy()
s.add((73, 'i7g1ntarxv'))
s |= s
s.discard('html_url')
s.discard('body')
print([k in s for k in ['password', (73, 'i7g1ntarxv'), 'body', 48.5, U(28,196), 'body']])
s.add(())
s.add('lzfe')
s.discard(66)
s.add(75)
s = s.intersection(['body', U(19,1099511627795), 'body', 66, 'html_url', U(6,4), U(12,1)])
print(list(s))
s.discard('body')
s.discard('body')
print([k in s for k in [66, U(5,3), 'html_url', (), 66]])
s.discard(U(16,5))
s.add(U(11,0))
print(list(s))
print(s.pop() if s else None)
print([k in s for k in [66, U(19,1099511627795), 75, 'lzfe', 'dZ']])
print(list(s))
s = s.copy()
s = s.copy()
s = s.union([U(28,196), U(0,-2), U(15,4)])
s.add('published_at')
print([k in s for k in [48.5]])
print(list(s))
s.add(22)
s.add(U(16,5))
s.add(-15)
s = s ^ {U(7,5), U(19,1099511627795), U(0,-2), 'body', -15, U(0,-2)}
s = s - {(), U(6,4)}
s.add(U(8,6))
s.discard(U(17,1099511627793))
s.add(U(6,4))
s.add(1.0)
s.add(U(21,1))
s.add(89)
s.discard(U(16,5))
s.add(72)
print(list(s))
s ^= s
s.discard(1.0)
s.add(U(25,5))
s.discard('\u20acuro')
s.add(U(27,189))
print(list(s))
print('# dict_user_8')
d = dict([(b'version', 305), ((55, 'status'), 306), ('qxAz13grZ_or', 307)])
print(list(d.items()))
d[81] = 308
d[U(12,1)] = 309
d[U(21,1)] = 310
d = d.copy()
if U(12,1) in d: del d[U(12,1)]
print(d.popitem() if d else None)
if U(21,1) in d: del d[U(21,1)]
d[U(2,14)] = 311
if 81 in d: del d[81]
print(list(d.items()))
d = d.copy()
d['Cg5C'] = 312
d[U(25,5)] = 313
print(d.popitem() if d else None)
print(list(d.items()))
if U(26,6) in d: del d[U(26,6)]
d[92] = 314
print(list(d.items()))
print('# dict_user_9')
d = dict(zip([47.5, 65536], [315, 316]))
print(list(d.items()))
d = d.copy()
d = d | {}
d[21.75] = 317
d['17'] = 318
d[-10.75] = 319
d[((76, 20), 'c')] = 320
d[U(25,5)] = 321
d.pop(47.5, None)
if U(25,5) in d: del d[U(25,5)]
d = d | {U(21,1): 322, U(13,2): 323}
if ((76, 20), 'c') in d: del d[((76, 20), 'c')]
d.update({'ssid': 324, U(3,1099511627779): 325, 37: 326, U(8,6): 327, U(22,2): 328, (-17,): 329})
print(list(d.items()))
d['download_url'] = 330
d[False] = 331
d[12] = 332
d.update({None: 333, -1180591620717411303429: 334, False: 335, 'na\xefve': 336})
d['state'] = 337
print(list(d.items()))
if U(15,4) in d: del d[U(15,4)]
d |= {'lib/ota.py': 338, -934: 339, U(5,1099511627781): 340}
if -18.5 in d: del d[-18.5]
d = d.copy()
if 50 in d: del d[50]
if 3176 in d: del d[3176]
d[-12] = 341
if 'state' in d: del d['state']
d['l1'] = 342
d[None] = 343
d.setdefault(37, 344)
d = d.copy()
print(list(d.items()))
print('# dict_user_10')
d = dict.fromkeys(iter([U(17,119), ((21, 1169), 'truncated'), 'jbZ', U(24,4), 'firmware']), 0)
print(list(d.items()))
d['firmware'] = 350
d[3.5] = 351
print([k in d for k in ['firmware', 78.25, U(17,119), 'firmware', 'firmware']])
if 3.5 in d: del d[3.5]
d.update({U(24,4): 352, (75, 3, 7): 353, U(21,1099511627797): 354})
if ((21, 1169), 'truncated') in d: del d[((21, 1169), 'truncated')]
d.update({'g2s2__e3_no': 355, 21: 356, 'CtBX94': 357, U(29,0): 358, 47: 359, U(23,1099511627799): 360})
print(d.popitem() if d else None)
d[81] = 361
d[(8,)] = 362
d.setdefault('jbZ', 363)
d[U(6,1099511627782)] = 364
d[86] = 365
d[U(6,4)] = 366
print([k in d for k in [81, U(16,5)]])
d[U(18,-2)] = 367
d[47] = 368
if 86 in d: del d[86]
d.setdefault(U(29,0), 369)
if U(27,-2) in d: del d[U(27,-2)]
print(list(d.items()))
d.pop('CtBX94', None)
d[((69, 2749), 'n46w')] = 370
d.update([(U(5,3), 371), (U(15,105), 372), ('mZgohBbY', 373)])
d[54] = 374
d[U(7,5)] = 375
print(list(d.items()))
d['boot.py'] = 376
d.update([('tm6mj8g8qt4', 377), (1073741823, 378), (U(14,3), 379)])
d[U(21,1099511627797)] = 380
d['CtBX94'] = 381
d[U(15,105)] = 382
d[U(11,0)] = 383
d[U(25,5)] = 384
d[(75, 3, 7)] = 385
d[U(29,0)] = 386
d['qox'] = 387
if U(15,105) in d: del d[U(15,105)]
d[U(13,2)] = 388
d.pop(U(15,105), None)
d[U(25,5)] = 389
d[73.75] = 390
d['commit'] = 391
d[80] = 392
d[U(22,154)] = 393
print(d.popitem() if d else None)
d[U(14,3)] = 394
if '7budo' in d: del d['7budo']
d[U(10,-1)] = 395
d[47] = 396
d['72dXqyC'] = 397
d[U(9,1099511627785)] = 398
d[54] = 399
print(list(d.items()))
print('# set_user_11')
s = set()
print(list(s))
s.add(U(14,3))
s.add('dZ6vn0yxm')
print(s.pop() if s else None)
s.add('q2Bdlppowqg')
s.add(17)
s.add(U(15,4))
s.add(2)
s.discard('q2Bdlppowqg')
s.add(U(23,3))
s.clear()
s.add('tag_name')
s.add(U(23,3))
s.clear()
s = s.difference([U(11,0), 17, 'q2Bdlppowqg', 'size', U(14,3), U(15,4), U(20,0), U(20,0), 'ab'])
s &= {U(14,3), U(29,0), U(25,5), U(11,0)}
print(list(s))
s.add(U(27,-2))
s = s.copy()
s.add('a3Cwk03iths_')
s.add(('message', 'name'))
print(s.pop() if s else None)
s.add(U(28,-1))
s = s.copy()
s = s.copy()
s = s.intersection([U(20,1099511627796), U(15,4), 17, U(11,0), U(20,0), 2, ('message', 'name'), 68, b''])
s.add(U(28,-1))
s.add('lc95y6o4d')
s = s.copy()
print(list(s))
s = s | {U(26,6)}
s.discard('q2Bdlppowqg')
print(list(s))
s.add(65535)
print(list(s))
s.add(U(20,0))
print(hash(frozenset(s)))
s.discard(U(28,-1))
s.discard('dZ6vn0yxm')
s -= s
s = s.difference([41.5, U(18,-2), U(18,-2), 65535, U(15,4), 'tag_name', U(29,203)])
s.add(-3.0)
s.add(U(9,-2))
print(list(s))
s.discard('dZ6vn0yxm')
s.add(-14)
s.add(58.25)
s.add('assets')
print(list(s))
s = s | {U(20,1099511627796)}
print(list(s))
s.discard(58.25)
s.add(U(14,3))
s.add(U(4,1099511627780))
s.add(('retries', 'i'))
s = s - s
s.discard(58.25)
s.discard(17)
s = s & s
print(list(s))
print('# dict_user_12')
d = dict(zip([], []))
print(list(d.items()))
print(d.popitem() if d else None)
d[None] = 400
d[15] = 401
d[U(2,0)] = 402
d.setdefault(97, 403)
d[U(7,49)] = 404
d.update([('dir', 405)])
d[1] = 406
d[15] = 407
d[U(15,4)] = 408
d = d | {U(29,0): 409}
print(d.popitem() if d else None)
d[15] = 410
d.setdefault('dir', 411)
if 'dir' in d: del d['dir']
d[U(18,1099511627794)] = 412
d['3vabmxbi04d'] = 413
if 'dir' in d: del d['dir']
print([k in d for k in [U(15,4), U(18,1099511627794), 15, '3vabmxbi04d', 'ojYg06A', U(17,6)]])
d[U(15,4)] = 414
print([k in d for k in ['4mp', None, U(18,1099511627794), 92, 97]])
d.clear()
d[27.5] = 415
if None in d: del d[None]
d[15] = 416
print(list(d.items()))
d[1892] = 417
d.pop(U(2,0), None)
d[U(2,0)] = 418
print(list(d.items()))
d[U(22,2)] = 419
d[('tag_name', 'assets')] = 420
d[U(28,1099511627804)] = 421
d[(99, 'files')] = 422
d[U(9,-2)] = 423
d[U(13,1099511627789)] = 424
print([k in d for k in [15, ('tag_name', 'assets'), 1.0, 27.5, 't']])
d[U(7,5)] = 425
d[U(18,-2)] = 426
if (99, 'files') in d: del d[(99, 'files')]
d[2194] = 427
d.setdefault('3vabmxbi04d', 428)
if 'timeout' in d: del d['timeout']
d[U(24,4)] = 429
d.clear()
d.update({'ab': 430, 'browser_download_url': 431, 29: 432, ('password', 'vgll5Z9u57j'): 433, U(20,140): 434, U(17,1099511627793): 435})
if 'dir' in d: del d['dir']
d = d | {49: 436, 64: 437}
if U(7,5) in d: del d[U(7,5)]
d['dir'] = 438
d['B6k6fmu6'] = 439
d[U(28,-1)] = 440
d.update([(U(20,0), 441), (U(18,1099511627794), 442), (U(6,4), 443)])
d = d | {U(6,4): 444, ((-1073741824, 65536), 't'): 445, U(17,6): 446}
d[b'ab'] = 447
d[37.75] = 448
d.update([(U(17,6), 449), (-9, 450), (U(10,-1), 451), (U(12,1), 452), ('back\\slash', 453)])
print(list(d.items()))
print('# dict_user_13')
d = dict([(U(27,1099511627803), 454)])
print(list(d.items()))
d[U(2,1099511627778)] = 455
if U(2,1099511627778) in d: del d[U(2,1099511627778)]
d[U(2,1099511627778)] = 456
print(d.popitem() if d else None)
if U(2,1099511627778) in d: del d[U(2,1099511627778)]
if U(27,1099511627803) in d: del d[U(27,1099511627803)]
d[(72, 'pZZoaAjam')] = 457
d[25] = 458
d.update({(71, 'h4glAhd'): 459})
print(list(d.items()))
d[False] = 460
d[U(6,4)] = 461
if U(2,1099511627778) in d: del d[U(2,1099511627778)]
d[U(26,182)] = 462
d[U(12,84)] = 463
d[False] = 464
d[U(21,1)] = 465
if False in d: del d[False]
if U(26,182) in d: del d[U(26,182)]
d[42] = 466
d[U(26,182)] = 467
d[U(0,-2)] = 468
d.pop(U(26,6), None)
d[U(23,3)] = 469
d = d.copy()
d['ref'] = 470
d[1494] = 471
print(list(d.items()))
if False in d: del d[False]
d.update([(U(25,1099511627801), 472), (U(22,1099511627798), 473)])
d['mode'] = 474
print(list(d.items()))
print(list(d.items()))
d = d | {U(9,-2): 475}
d[U(7,49)] = 476
d['host'] = 477
print(list(d.items()))
print(d.popitem() if d else None)
d[U(15,4)] = 478
d[U(12,1099511627788)] = 479
d.clear()
print(list(d.items()))
print(list(d.items()))
d[U(0,-2)] = 480
d[88] = 481
d = d | {}
if (72, 'pZZoaAjam') in d: del d[(72, 'pZZoaAjam')]
d[U(21,1)] = 482
d[U(29,0)] = 483
d[U(15,4)] = 484
d.setdefault('mode', 485)
d[U(2,0)] = 486
d[0.75] = 487
d.update({99: 488, U(19,-1): 489, U(0,-2): 490, 14: 491, 69.75: 492})
d[False] = 493
print(d.popitem() if d else None)
d[1561] = 494
d[42] = 495
d[42] = 496
d.pop(U(29,0), None)
d[None] = 497
print([k in d for k in [U(26,182), U(2,1099511627778), U(19,-1), 1561, 'krqxlk']])
d[U(18,-2)] = 498
d.update({50: 499, U(0,-2): 500, 'assets': 501})
d['8leknBrs3'] = 502
if U(9,-2) in d: del d[U(9,-2)]
print(list(d.items()))
print('# dict_user_14')
d = dict()
print(list(d.items()))
d[U(11,0)] = 503
d['ab'] = 504
d.update([(U(23,3), 505), ('CjCvys', 506)])
print([k in d for k in ['CjCvys', b'version']])
print([k in d for k in [U(24,1099511627800), 'ab', U(11,0)]])
d['oiXv3yr9aa'] = 507
d[77] = 508
d.setdefault(77, 509)
d['b'] = 510
d[U(4,2)] = 511
d['url'] = 512
print([k in d for k in ['ab', 'sha1', U(7,1099511627783), U(13,2)]])
d[U(24,4)] = 513
print(list(d.items()))
d[2512] = 514
print(list(d.items()))
if 77 in d: del d[77]
d['b'] = 515
d[U(22,2)] = 516
d['ab'] = 517
d[U(11,0)] = 518
if 'CjCvys' in d: del d['CjCvys']
d.setdefault(51.25, 519)
print(list(d.items()))
d['_eaiht2zs'] = 520
d[U(18,-2)] = 521
d.pop('b', None)
d.update([(U(22,2), 522), (-13.0, 523), (U(21,1), 524), (U(16,5), 525)])
d.update({U(5,3): 526, 37: 527, 'dir': 528, ((31, -1180591620717411303429), 'c'): 529, U(3,21): 530})
d[2216] = 531
print([k in d for k in [37, 'ab']])
d.clear()
d['ab'] = 532
d['ab'] = 533
d['_eaiht2zs'] = 534
d.update([('7', 535), (U(18,126), 536), ('host', 537), (-65536, 538)])
print(list(d.items()))
print('# set_user_15')
s = frozenset([])
print(list(s))
s = set(s)
print(list(s))
print(hash(frozenset(s)))
s.add(U(2,1099511627778))
s.add(U(1,-1))
s.add(U(15,4))
s = s.union([U(24,4), U(15,4), U(1,-1), U(2,1099511627778), U(15,4), 'ref', U(26,6)])
s.add(U(9,-2))
s.add((40, '\U0001f600'))
s |= {U(28,196), U(14,3)}
s.add('CBjAs3pa6')
s.add('password')
s.add(U(13,2))
s = s ^ s
s = s ^ s
print(list(s))
s.add('ZhwnXl7b')
print(hash(frozenset(s)))
print([k in s for k in [U(2,1099511627778), U(9,-2), U(13,2)]])
s.add('wAfrh3')
s = s | s
s = s ^ {U(15,4), U(1,-1), U(13,2), 'wAfrh3', U(9,-2), 'wAfrh3', U(7,5), 'wAfrh3', U(28,1099511627804), '0'}
s.add(1.0)
s.discard(U(13,2))
print(hash(frozenset(s)))
s.add(U(11,0))
s = s ^ {'hckYhh3qmvtA', 'password', U(1,-1), U(29,0)}
s.discard('ZhwnXl7b')
s.add(U(18,-2))
s.discard(U(11,0))
s = s ^ {U(15,4), U(28,1099511627804), U(13,2), U(5,3), U(7,5), U(13,2), 'sha'}
s.discard('latest')
print(hash(frozenset(s)))
s.add(U(9,1099511627785))
s = s.copy()
print(list(s))
s.add('_s')
s = s.union([U(2,1099511627778), 'tAZkA9', U(23,161), (40, '\U0001f600'), 'url', U(1,-1), U(8,6)])
s |= s
s.add(U(28,-1))
s = s.intersection([U(7,5), U(26,6), U(7,5), U(18,-2), U(13,2)])
s.add(b'')
s.add(U(5,1099511627781))
s.add(U(20,0))
s.add(U(9,63))
s = s & s
s.add(U(20,0))
s.add(37)
s.add(None)
print(list(s))
print('# dict_user_16')
d = dict.fromkeys(['mode', U(21,1), U(19,-1), -13.5, U(7,5), U(28,196), 67.0], 0)
print(list(d.items()))
d[U(27,-2)] = 546
d[U(8,6)] = 547
d.update([(U(28,-1), 548), (U(6,4), 549), (2493, 550), (U(16,112), 551)])
d[U(6,1099511627782)] = 552
d['v2'] = 553
d['published_at'] = 554
d[U(29,0)] = 555
if 4.75 in d: del d[4.75]
d['firmware'] = 556
d.update([(U(4,2), 557), (U(17,6), 558), (U(21,1), 559), (1, 560), (U(21,1099511627797), 561)])
if 'published_at' in d: del d['published_at']
if 2493 in d: del d[2493]
d['mode'] = 562
print(d.popitem() if d else None)
d[U(22,2)] = 563
d['x'] = 564
d[U(22,1099511627798)] = 565
d[U(19,-1)] = 566
if 2493 in d: del d[2493]
d[U(2,0)] = 567
d[1] = 568
d[U(16,5)] = 569
d[U(28,-1)] = 570
d = d.copy()
d.update([((46,), 571), (U(29,0), 572), ('5Cf', 573), (U(0,-2), 574)])
print(list(d.items()))
print(list(d.items()))
d[U(18,-2)] = 575
d[U(23,1099511627799)] = 576
d[U(18,1099511627794)] = 577
d.update({'1g': 578, 58: 579, U(5,3): 580, U(2,14): 581, U(1,-1): 582, U(0,0): 583})
d[U(23,161)] = 584
print(list(d.items()))
print(d.popitem() if d else None)
if U(8,6) in d: del d[U(8,6)]
print(list(d.items()))
print([k in d for k in ['firmware']])
d[-10.0] = 585
print([k in d for k in ['published_at', U(2,0), U(16,5), U(0,0), 'main.py']])
d[(39,)] = 586
d.pop(U(1,-1), None)
d.pop(U(18,1099511627794), None)
d[U(6,1099511627782)] = 587
d = d | {U(18,126): 588, U(26,6): 589}
d.clear()
d[U(26,1099511627802)] = 590
d[75.0] = 591
print(d.popitem() if d else None)
print(list(d.items()))
print([k in d for k in ['firmware', -10.0, 75.0, 1]])
d[U(17,119)] = 592
d['retries'] = 593
d.setdefault(64.5, 594)
d[29] = 595
if (46,) in d: del d[(46,)]
d[U(26,6)] = 596
print([k in d for k in [-545, U(4,2), 1, U(28,-1), U(18,-2), '5Cf']])
d = d.copy()
if U(28,-1) in d: del d[U(28,-1)]
d.pop('b', None)
d[U(9,63)] = 597
d[U(26,6)] = 598
print(list(d.items()))
d[False] = 599
d[U(22,2)] = 600
d[U(21,1)] = 601
d[73] = 602
print(list(d.items()))
d.setdefault('published_at', 603)
print(list(d.items()))
print('# dict_user_17')
d = {k: v for k, v in zip([U(8,6), U(23,3), U(3,21), 'v799ZuCcx', U(19,1099511627795), 88, U(22,1099511627798), 2045, '6nu6lr'], [604, 605, 606, 607, 608, 609, 610, 611, 612])}
print(list(d.items()))
d['woaor'] = 613
d[U(15,105)] = 614
print(list(d.items()))
print([k in d for k in [U(3,21), 88, 1.0, U(8,6), 'woaor']])
d = d | {U(29,0): 615, U(9,-2): 616, U(20,0): 617, U(20,0): 618}
if U(23,3) in d: del d[U(23,3)]
d[U(28,196)] = 619
print(d.popitem() if d else None)
d[(52,)] = 620
d['retries'] = 621
print(list(d.items()))
d.setdefault(U(26,1099511627802), 622)
d[U(5,1099511627781)] = 623
d[U(22,2)] = 624
d[U(10,70)] = 625
if 65535 in d: del d[65535]
if U(8,6) in d: del d[U(8,6)]
d[2045] = 626
d[False] = 627
if 'v799ZuCcx' in d: del d['v799ZuCcx']
d[U(7,5)] = 628
if U(22,1099511627798) in d: del d[U(22,1099511627798)]
d[-11] = 629
d.update({'uxwzib7tu8x9': 630, U(25,5): 631, U(14,1099511627790): 632, -12: 633})
d[U(2,0)] = 634
d.setdefault(False, 635)
print([k in d for k in [3732, U(28,196), 2045, U(19,1099511627795), 76.5]])
d.pop('woaor', None)
if U(8,6) in d: del d[U(8,6)]
d[False] = 636
d[27] = 637
if U(25,5) in d: del d[U(25,5)]
print([k in d for k in ['retries', (52,), U(9,-2)]])
d[U(20,0)] = 638
d[U(3,21)] = 639
d[U(20,0)] = 640
d[614] = 641
print(list(d.items()))
if 2045 in d: del d[2045]
d[U(19,133)] = 642
d[U(28,1099511627804)] = 643
d[U(21,1)] = 644
if 614 in d: del d[614]
if U(7,5) in d: del d[U(7,5)]
d[U(16,1099511627792)] = 645
d[-18] = 646
d[U(14,1099511627790)] = 647
d[U(15,105)] = 648
d = d.copy()
d[88] = 649
print(d.popitem() if d else None)
d.setdefault(U(20,0), 650)
print([k in d for k in [U(20,0)]])
d.pop(2045, None)
d.pop(U(15,105), None)
d[15] = 651
print(d.popitem() if d else None)
d[b''] = 652
d[36.25] = 653
if U(3,21) in d: del d[U(3,21)]
d[U(2,0)] = 654
d[66] = 655
if U(28,196) in d: del d[U(28,196)]
d['html_url'] = 656
d[U(3,1)] = 657
d[U(14,3)] = 658
print(list(d.items()))
d['state'] = 659
d[-18] = 660
print(list(d.items()))
print('# dict_user_18')
d = {}
print(list(d.items()))
d['Z015iChd_'] = 661
d.pop('Z015iChd_', None)
d['Z015iChd_'] = 662
d.pop('Z015iChd_', None)
d.clear()
print([k in d for k in ['Z015iChd_', 'Z015iChd_', 'Z015iChd_']])
print(d.popitem() if d else None)
d[U(22,2)] = 663
if 'Z015iChd_' in d: del d['Z015iChd_']
if U(15,1099511627791) in d: del d[U(15,1099511627791)]
d[U(15,4)] = 664
d[U(5,3)] = 665
if U(5,3) in d: del d[U(5,3)]
d.update([((), 666)])
d[U(17,6)] = 667
d[2318] = 668
d.pop(2318, None)
d[U(22,2)] = 669
d[U(27,-2)] = 670
print(list(d.items()))
d[U(29,0)] = 671
d[U(22,2)] = 672
d = d.copy()
d.pop('files', None)
d[U(29,1099511627805)] = 673
d[b''] = 674
d['ssid'] = 675
d[U(20,0)] = 676
if () in d: del d[()]
d['5bs'] = 677
d |= {-4: 678}
d[U(22,2)] = 679
d[U(29,1099511627805)] = 680
d[()] = 681
print(d.popitem() if d else None)
print([k in d for k in [U(7,1099511627783), U(22,2)]])
if () in d: del d[()]
print([k in d for k in [U(29,1099511627805), -649, 'Z015iChd_', U(29,1099511627805), U(12,1), U(17,6)]])
d[U(0,-2)] = 682
if b'' in d: del d[b'']
if U(18,126) in d: del d[U(18,126)]
d[U(19,-1)] = 683
if U(27,-2) in d: del d[U(27,-2)]
if U(29,1099511627805) in d: del d[U(29,1099511627805)]
d[U(8,6)] = 684
if U(4,2) in d: del d[U(4,2)]
if U(17,6) in d: del d[U(17,6)]
print(list(d.items()))
print('# set_user_19')
s = set([])
print(list(s))
s.add(U(14,3))
s ^= s
s.add(1)
s = s.intersection([U(14,3), U(22,2), U(7,49), U(9,-2)])
s.add(U(24,1099511627800))
s.add(False)
s.add(26)
s ^= {U(24,1099511627800), U(11,0), -10.0, U(0,-2)}
print(list(s))
print(s.pop() if s else None)
s.add('sha256')
s ^= s
print(hash(frozenset(s)))
s = s ^ s
s.add(U(4,2))
s = s & {'sha1'}
s.add(U(15,1099511627791))
print(s.pop() if s else None)
s.add(U(9,-2))
s.add(U(20,0))
s.add(71)
s.add(U(29,203))
print(list(s))
s.discard(U(15,1099511627791))
s.add('bpBYA6fg')
s.add((90, 'y'))
print(list(s))
print(s.pop() if s else None)
s.add(b'version')
s.add('label')
s.add(U(0,1099511627776))
s.discard(71)
s.add(-19)
s -= s
s.add(U(27,-2))
s.discard((90, 'y'))
s.add(66)
s.add(-1.0)
print(hash(frozenset(s)))
s = s & {U(22,2), 1, U(20,0), -10.0, False, 'bpBYA6fg'}
s.discard(28.0)
s.discard(U(9,-2))
s.discard('sha256')
s = s - s
print(list(s))
print('# dict_user_20')
d = dict()
print(list(d.items()))
d[U(29,0)] = 685
d[U(29,0)] = 686
d[U(3,1099511627779)] = 687
d.update({U(0,-2): 688, U(12,1): 689, 'x': 690, U(8,6): 691, 'ssid': 692, ((593, 23), 'mode'): 693})
d.pop(U(8,6), None)
d[U(10,-1)] = 694
d[U(10,-1)] = 695
d.update({'ok': 696, U(28,-1): 697, U(1,7): 698})
print([k in d for k in [U(3,1099511627779), 28.75, U(10,-1), U(12,1), ((593, 23), 'mode')]])
d.pop('ssid', None)
d.pop(U(1,7), None)
if ((593, 23), 'mode') in d: del d[((593, 23), 'mode')]
d.update({U(7,5): 699})
d[U(12,1)] = 700
d[U(23,1099511627799)] = 701
d[29] = 702
if 'x' in d: del d['x']
print(list(d.items()))
print('# dict_user_21')
d = dict.fromkeys([U(15,4), U(9,1099511627785), U(21,1)], 0)
print(list(d.items()))
if U(4,2) in d: del d[U(4,2)]
d.update({2170: 706, 1.5: 707, U(16,5): 708, 74: 709})
d.update({U(20,0): 710, 'c': 711, (87,): 712, U(23,3): 713})
d.update([('blob', 714), (1, 715)])
print(d.popitem() if d else None)
d[37] = 716
d[U(19,-1)] = 717
d['blob'] = 718
d[U(17,6)] = 719
d[U(6,4)] = 720
d[U(16,5)] = 721
d['yvz'] = 722
if U(9,1099511627785) in d: del d[U(9,1099511627785)]
d.update({'AlZ6z5': 723, 82: 724})
d[93] = 725
d.pop(93, None)
if U(23,3) in d: del d[U(23,3)]
if 'yvz' in d: del d['yvz']
d[b'version'] = 726
d.pop('yvz', None)
d[b'version'] = 727
print(list(d.items()))
d['download_url'] = 728
d[82] = 729
d[48] = 730
d[U(29,0)] = 731
print(d.popitem() if d else None)
d.setdefault('blob', 732)
d[U(18,-2)] = 733
d['fzCYa63As9'] = 734
print(list(d.items()))
d[U(28,-1)] = 735
d[1.0] = 736
if b'version' in d: del d[b'version']
d['blob'] = 737
d[11.25] = 738
d[U(1,-1)] = 739
if U(19,-1) in d: del d[U(19,-1)]
d[U(6,4)] = 740
print(d.popitem() if d else None)
d.pop('c', None)
d[U(28,-1)] = 741
d[b'version'] = 742
d.setdefault('blob', 743)
d[1] = 744
if 'blob' in d: del d['blob']
d[U(21,1)] = 745
print([k in d for k in [U(1,-1), ('prerelease', 'download_url'), 1, U(9,1099511627785), U(6,4)]])
d.pop(('f', 'Version'), None)
d.update({23: 746, 'dir': 747, 'amZY_29t': 748, 89: 749})
print(list(d.items()))
d[U(19,-1)] = 750
d.setdefault(b'version', 751)
print(list(d.items()))
print([k in d for k in [62.5, 69.25, b'version', U(23,3), 82, U(21,1)]])
d[U(14,3)] = 752
if 'fzCYa63As9' in d: del d['fzCYa63As9']
print(list(d.items()))
d[U(2,1099511627778)] = 753
print(list(d.items()))
print('# dict_user_22')
d = dict([(U(6,4), 754), (U(2,1099511627778), 755), (U(9,-2), 756), (27.75, 757), ('ssid', 758), ('firmware', 759), (23, 760)])
print(list(d.items()))
d[U(14,3)] = 761
print(d.popitem() if d else None)
d.update([(U(23,3), 762), (67, 763), ('XignBc', 764)])
d.pop(False, None)
d = d | {U(2,1099511627778): 765, 'files': 766}
d.update({U(4,2): 767, 'node_id': 768, U(22,2): 769, U(27,-2): 770})
d.pop('firmware', None)
d = d | {U(13,91): 771, U(29,0): 772, (4294967303, 26, 66): 773}
d['sha256'] = 774
d['ab'] = 775
d['password'] = 776
d.update({'1h': 777, 42: 778, U(23,3): 779, 29: 780})
print([k in d for k in ['firmware', 'ssid', 'sha256', U(23,3)]])
d[60] = 781
d.update({U(17,6): 782, U(4,28): 783, U(8,6): 784, 16: 785})
if 16 in d: del d[16]
d[U(0,0)] = 786
d[U(23,3)] = 787
d[U(9,-2)] = 788
print(d.popitem() if d else None)
print(list(d.items()))
d[U(23,3)] = 789
d = d.copy()
d[28] = 790
d[64] = 791
d[60] = 792
d[2498] = 793
d['ab'] = 794
d[U(4,28)] = 795
d[U(9,-2)] = 796
d['mode'] = 797
if 'mode' in d: del d['mode']
print(list(d.items()))
print('# set_user_23')
s = frozenset([65536, U(27,-2), '2w23vnwpn8vq', U(3,1), U(22,1099511627798), U(27,-2), 506])
print(list(s))
s = set(s)
print(list(s))
print([k in s for k in [U(27,-2)]])
s.add(U(4,2))
s = s - {U(24,4)}
s = s ^ s
s.add(U(29,1099511627805))
s.add(U(12,84))
s.add(U(13,91))
s.add(b'version')
print(hash(frozenset(s)))
print([k in s for k in [65536, U(29,1099511627805)]])
s = s.intersection([1.0])
s.discard(U(29,0))
print(list(s))
s.discard(68)
s |= {U(29,1099511627805), U(27,-2), U(24,4), b'version', U(4,2), U(25,5), U(27,-2), U(2,14), U(6,4), (3580, 'download_url'), 'assets'}
s.add('k9cq9xz_7o')
s.discard(U(12,84))
s = s.copy()
s.discard(U(27,-2))
s.discard(U(27,-2))
s = s.copy()
print([k in s for k in [55, 'x', 'main.py', U(24,4)]])
print(s.pop() if s else None)
s.discard(U(3,1099511627779))
s.add(U(4,2))
s.add(U(26,1099511627802))
s = s.copy()
s.add(79.75)
s = s & {U(22,1099511627798), 'k9cq9xz_7o', U(4,2), U(28,-1), 79.75, U(27,-2), U(24,4)}
s.add('path')
s.add(U(8,6))
print(list(s))
