import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_str_0')
d = dict([('XXz', 1), ('id', 2), ('host', 3), ('prerelease', 4), ('v1.2.3', 5), ('browser_download_url', 6), ('message', 7), ('mode', 8), ('8o2', 9)])
print(list(d.items()))
print(list(d.items()))
d['Cck'] = 10
if 'retries' in d: del d['retries']
d['message'] = 11
d.setdefault('id', 12)
d |= {'published_at': 13}
d['timeout'] = 14
d['truncated'] = 15
d['v1.2.3'] = 16
print(list(d.items()))
print(list(d.items()))
d['oh5Cwjq'] = 17
d['host'] = 18
d['host'] = 19
if 'html_url' in d: del d['html_url']
d['\xe9'] = 20
d['vkplAZ6i'] = 21
if 'prerelease' in d: del d['prerelease']
print(list(d.items()))
d.pop('8o2', None)
d['huA'] = 22
if 'vkplAZ6i' in d: del d['vkplAZ6i']
d['yjq2fsr37Z'] = 23
d['v1.2.3'] = 24
d["it's"] = 25
d.update([('\U0001f600', 26), ('cBkX8gl4ajmg', 27), ('content', 28), ('dlY6', 29)])
d['tag_name'] = 30
d[' '] = 31
d['label'] = 32
d |= {'YkygBaj': 33}
d = d | {}
d['main'] = 34
print(list(d.items()))
d['dzC7wmcbt1p'] = 35
if 'name' in d: del d['name']
d['message'] = 36
print(list(d.items()))
d.setdefault('url', 37)
d['lib'] = 38
d.setdefault('firmware', 39)
if 'yjq2fsr37Z' in d: del d['yjq2fsr37Z']
d['tree'] = 40
print(list(d.items()))
print('# dict_str_1')
d = dict(y=41, label=42, main=43, files=44, content=45)
print(list(d.items()))
print(list(d.items()))
d['lib/ota.py'] = 46
d['X'] = 47
d['y'] = 48
d['label'] = 49
d['state'] = 50
d['fz915'] = 51
d['Zpfk_12z'] = 52
d.pop('lib/ota.py', None)
print(list(d.items()))
d['timeout'] = 53
d['v1.2.3'] = 54
d['created_at'] = 55
d['lib/ota.py'] = 56
d['X'] = 57
if 'lib/ota.py' in d: del d['lib/ota.py']
d['5mvgZmCo'] = 58
d.pop('label', None)
print(list(d.items()))
print(list(d.items()))
d['X'] = 59
print(list(d.items()))
d['label'] = 60
d.update({'tab\there': 61, 'r': 62, 'draft': 63, 'oXZedq5z3': 64, 'published_at': 65, 'content': 66})
d['ok'] = 67
d['encoding'] = 68
d['hkrfzja'] = 69
d['7Xyedi84'] = 70
d.update({'mode': 71})
d['X'] = 72
d['name'] = 73
print(list(d.items()))
d['oXZedq5z3'] = 74
print(list(d.items()))
d.update([('9ikjXfx7o', 75), ('rxZq_0h0', 76), ('lib', 77), ('host', 78), ('uB5', 79)])
d['9fXhZh'] = 80
if 'lib/ota.py' in d: del d['lib/ota.py']
print(list(d.items()))
d['emrur'] = 81
print(list(d.items()))
d['lib'] = 82
print(list(d.items()))
print(list(d.items()))
d['status'] = 83
if 'v1.2.3' in d: del d['v1.2.3']
if 'Zpfk_12z' in d: del d['Zpfk_12z']
d['main'] = 84
d['retries'] = 85
if 'latest' in d: del d['latest']
d['url'] = 86
d['ssid'] = 87
print(list(d.items()))
d['ett'] = 88
d['tab\there'] = 89
d['VERSION'] = 90
d['label'] = 91
d.setdefault('Zpfk_12z', 92)
d['html_url'] = 93
print(list(d.items()))
print(list(d.items()))
d = d | {'Aqst40107_': 94}
d.update({'ve6_s': 95, 'tree': 96, '\u20acuro': 97, 'files': 98, 'mode': 99})
d['cB'] = 100
d['pCpcv0j'] = 101
if 'mode' in d: del d['mode']
if 'content' in d: del d['content']
if 'ok' in d: del d['ok']
if 'timeout' in d: del d['timeout']
if 'y' in d: del d['y']
d['status'] = 102
d['html_url'] = 103
d['commit'] = 104
d['node_id'] = 105
if 'label' in d: del d['label']
d['created_at'] = 106
d['dmbfvY'] = 107
d['sha256'] = 108
print(list(d.items()))
print('# dict_str_2')
d = dict.fromkeys(['', 'uyAAr44', 'a0r8dYo2', 'file', 'created_at'], 0)
print(list(d.items()))
d.update([('prerelease', 114), ('7', 115), ('ref', 116)])
d['x'] = 117
d['ref'] = 118
d.update({'m8oa4_micd1': 119, 'firmware': 120})
if 'a0r8dYo2' in d: del d['a0r8dYo2']
d['url'] = 121
d['y'] = 122
print(list(d.items()))
d['m8oa4_micd1'] = 123
print(list(d.items()))
d |= {}
d['198Cjxyv0vb'] = 124
d['6uYzgxlpY'] = 125
d = d.copy()
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d['r4BXihXgzq'] = 126
if 'uyAAr44' in d: del d['uyAAr44']
print(list(d.items()))
d['ref'] = 127
d['main.py'] = 128
d['firmware'] = 129
if 'y' in d: del d['y']
d.pop('\xdf', None)
print(list(d.items()))
print('# dict_str_3')
d = dict()
print(list(d.items()))
d['path'] = 130
print(list(d.items()))
print(list(d.items()))
d.pop('pm11_', None)
d.setdefault('path', 131)
d['x'] = 132
d['x'] = 133
d.pop('x', None)
print(d.popitem() if d else None)
if 'path' in d: del d['path']
d['browser_download_url'] = 134
d['qB_'] = 135
d.pop('path', None)
print(list(d.items()))
d['label'] = 136
d.setdefault('label', 137)
d['6g24'] = 138
d['m'] = 139
d['assets'] = 140
d['draft'] = 141
d['rcvbbdm_19l'] = 142
print(list(d.items()))
d.pop('rcvbbdm_19l', None)
if 'browser_download_url' in d: del d['browser_download_url']
print(list(d.items()))
d['prerelease'] = 143
if 'rcvbbdm_19l' in d: del d['rcvbbdm_19l']
d['y'] = 144
d['rvv'] = 145
d.setdefault('m', 146)
d['78v5vBtyem'] = 147
d['x'] = 148
d.update([('zghp1skndk', 149), ('x', 150), ('u', 151), ('type', 152), ('assets', 153)])
d.update({'download_url': 154, 'a': 155})
if 'fB7r67BfCcg' in d: del d['fB7r67BfCcg']
d.pop('assets', None)
d.update({'jcsozy6g': 156})
if 'rvv' in d: del d['rvv']
d['retries'] = 157
d.update({'password': 158, 'efXkh1q2z': 159})
d['v1.2.3'] = 160
d['documentation_url'] = 161
print(list(d.items()))
d['size'] = 162
d.pop('efXkh1q2z', None)
if 'x' in d: del d['x']
d['published_at'] = 163
if 'm' in d: del d['m']
print(list(d.items()))
print(list(d.items()))
d['7z2'] = 164
d.update({'b': 165})
print(d.popitem() if d else None)
d['file'] = 166
d['encoding'] = 167
d['x'] = 168
d['8d6q'] = 169
d = d | {'iB': 170}
d['8d6q'] = 171
d['dn4t682ubY'] = 172
print(list(d.items()))
print('# dict_str_4')
d = dict.fromkeys(['j5'], 0)
print(list(d.items()))
d.pop('j5', None)
d['documentation_url'] = 174
d['documentation_url'] = 175
d = d | {'3i': 176}
if 'documentation_url' in d: del d['documentation_url']
d.setdefault('documentation_url', 177)
d['\xdf'] = 178
d['iecpxCl'] = 179
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
d['j5'] = 180
d["it's"] = 181
print(d.popitem() if d else None)
if 'j5' in d: del d['j5']
d['version'] = 182
print(list(d.items()))
print(list(d.items()))
if 'j5' in d: del d['j5']
print(list(d.items()))
if "it's" in d: del d["it's"]
print(list(d.items()))
if 'j5' in d: del d['j5']
d["it's"] = 183
print(list(d.items()))
if 'firmware' in d: del d['firmware']
d['j5'] = 184
d['uZ7nff'] = 185
d = d | {'mode': 186}
d['\xdf'] = 187
print(d.popitem() if d else None)
d['gl7q7ewu9t'] = 188
d['label'] = 189
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d['bauYdu7hgor'] = 190
d['c'] = 191
d.pop('j5', None)
d.pop("it's", None)
if 'timeout' in d: del d['timeout']
if '\xdf' in d: del d['\xdf']
d['main.py'] = 192
d['u__6'] = 193
if 'bauYdu7hgor' in d: del d['bauYdu7hgor']
d['e0Yr'] = 194
if 'ota' in d: del d['ota']
print(d.popitem() if d else None)
if '_m9sezd373l' in d: del d['_m9sezd373l']
d['XZ6X'] = 195
d["it's"] = 196
d['commit'] = 197
d.update({'lb7Xj': 198, 'files': 199, 'ti4cB9': 200, 'type': 201, 'VERSION': 202, 'files': 203})
d.pop("it's", None)
d['BBeax'] = 204
d = d | {'Version': 205, 'label': 206, 'content': 207, 'main.py': 208}
if "it's" in d: del d["it's"]
d['u_sBridi87b'] = 209
print(list(d.items()))
print(list(d.items()))
d['status'] = 210
d['gl7q7ewu9t'] = 211
d['0Ca8'] = 212
d.pop('port', None)
d.setdefault('file', 213)
print(list(d.items()))
print(list(d.items()))
d['message'] = 214
d['draft'] = 215
d['hXi1fzAm36qg'] = 216
d.update({'error': 217, 'ej0er2Bss3': 218, 'prerelease': 219, 'error': 220})
d.update({'ljfwy': 221, 'ciXlt': 222})
d = d.copy()
if 'hckl20x' in d: del d['hckl20x']
print(list(d.items()))
print(d.popitem() if d else None)
d.setdefault('bauYdu7hgor', 223)
d['url'] = 224
d['body'] = 225
d['j5'] = 226
d.pop('hXi1fzAm36qg', None)
d['Version'] = 227
d = d.copy()
print(list(d.items()))
print(list(d.items()))
d['14qjz'] = 228
d['a'] = 229
print(list(d.items()))
print('# dict_str_5')
d = {'main.py': 230, 'pdtXwx': 231, 'hZ6Ca_vart': 232, 'f8q4tdab': 233, 'content': 234, 'files': 235, 'mode': 236}
print(list(d.items()))
d = d | {}
print(list(d.items()))
d['content'] = 237
print(list(d.items()))
print(list(d.items()))
d.update({'path': 238})
d['node_id'] = 239
if 'YX7j01zqj9dg' in d: del d['YX7j01zqj9dg']
print(list(d.items()))
d['c'] = 240
d['f8q4tdab'] = 241
print(list(d.items()))
print(list(d.items()))
d['id'] = 242
d['0ng'] = 243
d['bjg3'] = 244
d['B'] = 245
if 'f8q4tdab' in d: del d['f8q4tdab']
d['zu3nBaCkl'] = 246
d['bjg3'] = 247
d = d.copy()
print(list(d.items()))
d['jcypf4p'] = 248
d |= {'latest': 249}
print(d.popitem() if d else None)
d['prerelease'] = 250
print(list(d.items()))
if 'c' in d: del d['c']
d['xZA260wxc'] = 251
d['lXA6ch'] = 252
d['url'] = 253
d['url'] = 254
print(list(d.items()))
d['tree'] = 255
d = d | {}
if 'c' in d: del d['c']
print(list(d.items()))
if 'c' in d: del d['c']
if 'lXA6ch' in d: del d['lXA6ch']
print(list(d.items()))
d = d.copy()
d['c'] = 256
if 'encoding' in d: del d['encoding']
d.setdefault('bjg3', 257)
if 'hZ6Ca_vart' in d: del d['hZ6Ca_vart']
d.pop('url', None)
d['content'] = 258
d['caf\xe9'] = 259
print(list(d.items()))
if 'path' in d: del d['path']
d['prerelease'] = 260
d['new\nline'] = 261
print(list(d.items()))
if 'hZ6Ca_vart' in d: del d['hZ6Ca_vart']
d.setdefault('url', 262)
if 'main' in d: del d['main']
print(list(d.items()))
d['v1.2.3'] = 263
d['message'] = 264
d[''] = 265
d.update([("it's", 266), ('created_at', 267)])
d['dir'] = 268
print(d.popitem() if d else None)
d.pop('a3s', None)
print(list(d.items()))
print(list(d.items()))
d['hZ6Ca_vart'] = 269
d['4m75qquc6o2'] = 270
print(d.popitem() if d else None)
d['dir'] = 271
print(list(d.items()))
print(list(d.items()))
d = d.copy()
d['encoding'] = 272
if 'prerelease' in d: del d['prerelease']
print(list(d.items()))
print(list(d.items()))
d['browser_download_url'] = 273
if 'f8q4tdab' in d: del d['f8q4tdab']
print(d.popitem() if d else None)
print(list(d.items()))
if 'mode' in d: del d['mode']
d['ydYzl8g'] = 274
d['jashjXzmnl'] = 275
if 'content' in d: del d['content']
d['q2qz4o6qkfe'] = 276
d['j6aY2xt'] = 277
d.pop('url', None)
print(list(d.items()))
print('# dict_str_6')
d = dict()
print(list(d.items()))
if 'latest' in d: del d['latest']
d['dir'] = 278
d.setdefault('dir', 279)
d['body'] = 280
print(list(d.items()))
d['z9sd'] = 281
d['Xp'] = 282
d.pop('z9sd', None)
d.update([('commit', 283), ('a8xoc', 284)])
if 'commit' in d: del d['commit']
d['published_at'] = 285
d = d.copy()
d[' '] = 286
d.pop('published_at', None)
if 'published_at' in d: del d['published_at']
print(list(d.items()))
if 'dir' in d: del d['dir']
d['xnhuznZ'] = 287
d = d | {'v8C': 288, 'label': 289, 'o': 290}
d.update({'back\\slash': 291})
d['port'] = 292
if 'sha256' in d: del d['sha256']
d.pop('port', None)
d['node_id'] = 293
d['x3jbXn9h0yt5'] = 294
d['Version'] = 295
print(d.popitem() if d else None)
d['bb'] = 296
d = d.copy()
d['path'] = 297
if 'back\\slash' in d: del d['back\\slash']
d['commit'] = 298
d['Version'] = 299
d['Version'] = 300
print(list(d.items()))
print('# dict_str_7')
d = {'created_at': 301, 'ok': 302, 'caf\xe9': 303, 'retries': 304, 'aqldf': 305, 'sAm5Aqmms': 306, 'y': 307, 'ibB': 308, 'commit': 309}
print(list(d.items()))
print(list(d.items()))
d = d | {'file': 310, 'caf\xe9': 311, '9B54sg5': 312}
d['created_at'] = 313
d.clear()
if 'draft' in d: del d['draft']
if 'commit' in d: del d['commit']
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['d0oq1rkm'] = 314
print(list(d.items()))
d['y'] = 315
d['tab\there'] = 316
if 'created_at' in d: del d['created_at']
d['16e6doBy'] = 317
if 'y' in d: del d['y']
d['aqldf'] = 318
d['download_url'] = 319
print(list(d.items()))
d['x'] = 320
d['Betdxu4'] = 321
d['say "hi"'] = 322
print(list(d.items()))
print(list(d.items()))
d['ct'] = 323
d['blob'] = 324
d['2fA5y'] = 325
if 'Betdxu4' in d: del d['Betdxu4']
d['7rde'] = 326
print(list(d.items()))
print(list(d.items()))
d['ok'] = 327
if 'download_url' in d: del d['download_url']
d['status'] = 328
d['files'] = 329
d.update([('main.py', 330), ('error', 331)])
if 'timeout' in d: del d['timeout']
d['h'] = 332
print(list(d.items()))
print(list(d.items()))
d['8nc'] = 333
print(list(d.items()))
if 'y' in d: del d['y']
print(list(d.items()))
d.pop('error', None)
if 'say "hi"' in d: del d['say "hi"']
d['vtqr'] = 334
print(list(d.items()))
if 'id' in d: del d['id']
d['port'] = 335
d.update({'4j': 336, 'ech9v': 337, 'lib/ota.py': 338})
d['latest'] = 339
d['aqldf'] = 340
print(list(d.items()))
d['AfAbk'] = 341
d.pop('host', None)
d['body'] = 342
d = d.copy()
print(list(d.items()))
d['ok'] = 343
if 'created_at' in d: del d['created_at']
print(list(d.items()))
print('# dict_str_8')
d = {'tree': 344}
print(list(d.items()))
if 'tree' in d: del d['tree']
print(list(d.items()))
d['tree'] = 345
d['tree'] = 346
d['x'] = 347
d['X6y1XeeYxh51'] = 348
d['latest'] = 349
if 'browser_download_url' in d: del d['browser_download_url']
print(list(d.items()))
d = d.copy()
if 'x' in d: del d['x']
print(d.popitem() if d else None)
d['X6y1XeeYxh51'] = 350
if 'tree' in d: del d['tree']
d['X6y1XeeYxh51'] = 351
d = d | {'ota': 352}
d['ota'] = 353
d['\u20acuro'] = 354
d['\u20acuro'] = 355
d['path'] = 356
d['X6y1XeeYxh51'] = 357
d['a'] = 358
if 'x' in d: del d['x']
print(list(d.items()))
print(list(d.items()))
d['files'] = 359
if 'tree' in d: del d['tree']
d['timeout'] = 360
d['A7htcbbY'] = 361
print(list(d.items()))
d['X6y1XeeYxh51'] = 362
d['pAZ7YgB4sm'] = 363
print(d.popitem() if d else None)
print(list(d.items()))
if 'latest' in d: del d['latest']
d['path'] = 364
print(d.popitem() if d else None)
d['tree'] = 365
d['men524yc57o'] = 366
if 'ptjAnYd2Ad5t' in d: del d['ptjAnYd2Ad5t']
d['error'] = 367
d.clear()
print(list(d.items()))
d['mode'] = 368
d['lib'] = 369
d['vA0'] = 370
print(list(d.items()))
print('# dict_str_9')
d = {'c': 371, 'blob': 372, 'iz9_8o2': 373, 'node_id': 374, '\U0001f600': 375, 'ql': 376, 'error': 377, 'error': 378, 'status': 379, 'kb5': 380, 'tree': 381}
print(list(d.items()))
if 'iz9_8o2' in d: del d['iz9_8o2']
print(list(d.items()))
if 'status' in d: del d['status']
d.setdefault('kb5', 382)
d['content'] = 383
print(list(d.items()))
if '\U0001f600' in d: del d['\U0001f600']
d['cXa'] = 384
d['content'] = 385
d['node_id'] = 386
d['8jdbmkc9b'] = 387
d['j0u7'] = 388
d['f'] = 389
if 'file' in d: del d['file']
d['1'] = 390
d['latest'] = 391
d.pop('Xq', None)
if 'kb5' in d: del d['kb5']
d['j0u7'] = 392
print(list(d.items()))
print(list(d.items()))
d.update([('status', 393)])
d['tree'] = 394
d.pop('mqa', None)
d['jt'] = 395
if '_0bzyi' in d: del d['_0bzyi']
d['back\\slash'] = 396
d['g'] = 397
d.setdefault('j8rl', 398)
d['status'] = 399
d = d | {'y': 400, 'node_id': 401, 'lib': 402}
d.setdefault('kb5', 403)
d.setdefault('ql', 404)
d['prerelease'] = 405
print(list(d.items()))
print(list(d.items()))
print('# dict_str_10')
d = json.loads('{"mode": 406, "3hftBueonwb": 407, "mo3": 408, "url": 409, "commit": 410, "0fZht9ga4": 411, "eAA3cyYue_kn": 412, "uoY0jvAX5yw5": 413, "html_url": 414, "encoding": 415, "url": 416}')
print(list(d.items()))
d |= {'sha1': 417, 'fwa6h': 418}
d['mode'] = 419
print(list(d.items()))
print(list(d.items()))
d.update({'version': 420})
d['html_url'] = 421
if 'port' in d: del d['port']
print(list(d.items()))
if 'Bjkffzg6h' in d: del d['Bjkffzg6h']
d.clear()
d['ref'] = 422
d.update([('fc6qvo4Xns', 423), ('files', 424), ('B14aY99p_Xqs', 425)])
d['created_at'] = 426
d['lsgm6q_s5'] = 427
d.update({'port': 428, 'firmware': 429})
d['v46_oX5gAr5b'] = 430
d['truncated'] = 431
d['documentation_url'] = 432
d['say "hi"'] = 433
if 'j_k' in d: del d['j_k']
d['browser_download_url'] = 434
d['url'] = 435
d['host'] = 436
d['retries'] = 437
print(list(d.items()))
d['ref'] = 438
d['clrCa'] = 439
d.setdefault('mode', 440)
d.update({'tab\there': 441, '15C': 442, 'gaetf': 443})
d.setdefault('eAA3cyYue_kn', 444)
d['latest'] = 445
if 'files' in d: del d['files']
d.update({'tree': 446, 'kl': 447, 'documentation_url': 448, 'ssid': 449, 'password': 450, 'html_url': 451})
d['\xe9'] = 452
d['eAA3cyYue_kn'] = 453
print(list(d.items()))
print('# dict_str_11')
d = {'message': 454, '5wisl3gf5rm': 455}
print(list(d.items()))
d['files'] = 456
d.pop('message', None)
d['ok'] = 457
d.setdefault('5wisl3gf5rm', 458)
d['assets'] = 459
d = d | {'message': 460, 'draft': 461, 'sha': 462}
d.update({'type': 463, 'lib': 464, 'main.py': 465, 'label': 466, 'a': 467, 'mw': 468})
d.update({'label': 469, 'VERSION': 470})
d['version'] = 471
d['assets'] = 472
d = d.copy()
print(list(d.items()))
d['5wisl3gf5rm'] = 473
if 'label' in d: del d['label']
d = d.copy()
d['version'] = 474
d['9qBvdzBmf'] = 475
d['label'] = 476
d['published_at'] = 477
print(list(d.items()))
d.pop('version', None)
d['9deoucfYv0q'] = 478
print(d.popitem() if d else None)
if 'sha1' in d: del d['sha1']
d['hixv7cZye90'] = 479
d['szkodwm'] = 480
d['a'] = 481
d['\u20acuro'] = 482
d.pop('label', None)
if 'assets' in d: del d['assets']
print(list(d.items()))
d['label'] = 483
d['retries'] = 484
if 'version' in d: del d['version']
d['wcg'] = 485
d['name'] = 486
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d['message'] = 487
d['encoding'] = 488
if 'label' in d: del d['label']
d['luvh6f5rhArA'] = 489
d['message'] = 490
print(list(d.items()))
d['A1qnZn0aeya'] = 491
print(list(d.items()))
d['created_at'] = 492
d['XlYAx'] = 493
d = d.copy()
d['ks11jAuA'] = 494
print(d.popitem() if d else None)
d['na\xefve'] = 495
d['lib'] = 496
d['cft'] = 497
if 'label' in d: del d['label']
if 'mw' in d: del d['mw']
d['content'] = 498
d.update([('content', 499), ('dvwiig', 500)])
d.setdefault('ks11jAuA', 501)
d['rp6ZZl2lu6B'] = 502
d = d.copy()
d['lib'] = 503
print(list(d.items()))
print(list(d.items()))
if 'wcg' in d: del d['wcg']
d['assets'] = 504
d.pop('ff', None)
if 'version' in d: del d['version']
if 'Z' in d: del d['Z']
d['B'] = 505
d['name'] = 506
d['zCXkgfC9A0o4'] = 507
d['b'] = 508
d['message'] = 509
print(list(d.items()))
print(list(d.items()))
print('# dict_str_12')
d = {'97Cx': 510, 'password': 511, 'host': 512, 'cv7uBs': 513, 'pz9': 514}
print(list(d.items()))
d['blob'] = 515
d.pop('back\\slash', None)
if 'host' in d: del d['host']
if 'password' in d: del d['password']
d = d.copy()
d.update([('draft', 516), ('truncated', 517), ('vlz6xwBasa', 518), ('up2bu', 519), ('uj', 520)])
d.pop('up2bu', None)
print(list(d.items()))
d['ok'] = 521
if 'password' in d: del d['password']
d['B'] = 522
d['draft'] = 523
print(list(d.items()))
d['c2s8'] = 524
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d['jiXCBX4x'] = 525
d['Version'] = 526
d['file'] = 527
print(list(d.items()))
print(list(d.items()))
d['uj'] = 528
d['ssid'] = 529
if 'ik2Ai7' in d: del d['ik2Ai7']
d['error'] = 530
d.pop('blob', None)
print(list(d.items()))
d['label'] = 531
d.setdefault('retries', 532)
d['sha256'] = 533
print(list(d.items()))
d['body'] = 534
d.update([('a', 535), ('retries', 536), ('truncated', 537), ('sha1', 538)])
d['h'] = 539
d['sha256'] = 540
d['tab\there'] = 541
print(list(d.items()))
d['sha'] = 542
d['files'] = 543
d['truncated'] = 544
d['a'] = 545
d['published_at'] = 546
d.update([('password', 547), ('main', 548), ('dkX0', 549), ('Axn', 550), ('0', 551)])
if 'sha256' in d: del d['sha256']
d['rY1p_hqoZfz7'] = 552
d['h'] = 553
d['i4yt0'] = 554
if 'ssid' in d: del d['ssid']
d.update({'8fY4d7Bm5': 555, 'content': 556})
d['commit'] = 557
d['main.py'] = 558
print(list(d.items()))
print(list(d.items()))
print('# dict_str_13')
d = {'sbmniqjk2': 559, ' ': 560, 'xd5Yr5Z7_f9c': 561, 'content': 562}
print(list(d.items()))
if 'sbmniqjk2' in d: del d['sbmniqjk2']
if ' ' in d: del d[' ']
d['dm2yX'] = 563
d['er'] = 564
d['VERSION'] = 565
d['dm2yX'] = 566
d['YXhakeAA2X'] = 567
d.pop('a', None)
d['tag_name'] = 568
d['dm2yX'] = 569
d['assets'] = 570
if 'er' in d: del d['er']
d['truncated'] = 571
d['z26n5lk'] = 572
d.clear()
d['name'] = 573
print(d.popitem() if d else None)
d['name'] = 574
d.clear()
d['size'] = 575
d.update({'assets': 576, 'pvwq4wnx1r': 577, 'encoding': 578, 'ref': 579, 'c': 580})
print(d.popitem() if d else None)
d.clear()
d['message'] = 581
print(list(d.items()))
if 'xd5Yr5Z7_f9c' in d: del d['xd5Yr5Z7_f9c']
print(list(d.items()))
d['x'] = 582
d['assets'] = 583
print(d.popitem() if d else None)
print(list(d.items()))
d['download_url'] = 584
d["it's"] = 585
print(list(d.items()))
if 'c' in d: del d['c']
if 'assets' in d: del d['assets']
if 'dm2yX' in d: del d['dm2yX']
d['xuXgfwx_myB'] = 586
d['Version'] = 587
d.pop('browser_download_url', None)
d['label'] = 588
d.update([('', 589), ('path', 590), ('hvyfZg', 591), ('sha256', 592)])
d.update([('prerelease', 593), ('node_id', 594), ('browser_download_url', 595)])
print(list(d.items()))
d['Zppw6nieaqCm'] = 596
d.pop('pvwq4wnx1r', None)
print(list(d.items()))
if 'published_at' in d: del d['published_at']
print(list(d.items()))
print('# dict_str_14')
d = json.loads('{"password": 597, "path": 598, "i_6r2vC6n": 599}')
print(list(d.items()))
d = d.copy()
d['node_id'] = 600
if '0i6xm1citgCa' in d: del d['0i6xm1citgCa']
d['m4qefu2v1mX1'] = 601
d.pop('99j4476', None)
print(d.popitem() if d else None)
d.update({'sp': 602, 'firmware': 603, 'i2': 604, 'sha256': 605, 'px58mbzhbXy': 606})
if 'i2' in d: del d['i2']
print(d.popitem() if d else None)
d[' '] = 607
d['0dt7w9vXc'] = 608
d.update({'type': 609})
d['2cz8Xj0pu'] = 610
print(list(d.items()))
d['b'] = 611
d['075_'] = 612
d.update({'ok': 613, 'prerelease': 614, 'Version': 615})
d[' '] = 616
d['a'] = 617
d['caf\xe9'] = 618
d['0kzvulnp1'] = 619
d.setdefault('075_', 620)
print(list(d.items()))
d.update({'browser_download_url': 621, 'tag_name': 622})
print(list(d.items()))
print(list(d.items()))
d["it's"] = 623
d['1ur6v8cq'] = 624
if 'tag_name' in d: del d['tag_name']
d.update({'9g2': 625, 'dir': 626, 'port': 627, 'm_6ftljjusy': 628, 'b': 629, 'xlica_sn1s00': 630})
d.update([('host', 631), ('host', 632), ('host', 633)])
d['_56iZ_3'] = 634
d['8zakCeZk'] = 635
d['cZpokcdc6m'] = 636
d['Ch_qy'] = 637
d['i_6r2vC6n'] = 638
d.update([('lib/ota.py', 639), ('nqAZ', 640), ('file', 641), ('tbj5qcxYZ9', 642)])
d['content'] = 643
d.clear()
if 'bBa60ht0jc' in d: del d['bBa60ht0jc']
d.clear()
d['b'] = 644
if 'cZpokcdc6m' in d: del d['cZpokcdc6m']
print(list(d.items()))
d['draft'] = 645
d['download_url'] = 646
d.update({'lib': 647, 'commit': 648})
print(list(d.items()))
d['documentation_url'] = 649
print(list(d.items()))
print('# dict_str_15')
d = {'gsp5rtbpZr': 650, 'zp51q0wfw': 651, 'tree': 652, 'main.py': 653, '9er_v_yas': 654, 'ZtCn': 655, 'y': 656, '4j': 657, 'tree': 658, '5B9ovZwYpcrh': 659, 'encoding': 660}
print(list(d.items()))
d['lib'] = 661
d['password'] = 662
d['BBl3vzv'] = 663
if 'v_g05mhy' in d: del d['v_g05mhy']
d['error'] = 664
print(list(d.items()))
print(list(d.items()))
d.update({'say "hi"': 665})
if '8u8' in d: del d['8u8']
print(d.popitem() if d else None)
print(list(d.items()))
if 'node_id' in d: del d['node_id']
d['files'] = 666
d['timeout'] = 667
d['8ubh0mk'] = 668
d["it's"] = 669
d.update([('published_at', 670), ('a', 671), ('mode', 672)])
d['encoding'] = 673
if 'pX200Ybv' in d: del d['pX200Ybv']
d['say "hi"'] = 674
d.setdefault('9er_v_yas', 675)
d = d | {'tag_name': 676, 'node_id': 677, 'blob': 678}
print(list(d.items()))
d['zp51q0wfw'] = 679
d['8ubh0mk'] = 680
d['latest'] = 681
d.setdefault('5B9ovZwYpcrh', 682)
if 'main.py' in d: del d['main.py']
d['ClC_0'] = 683
d['say "hi"'] = 684
d['path'] = 685
d['browser_download_url'] = 686
print(list(d.items()))
d.setdefault('a', 687)
d['download_url'] = 688
if 'zp51q0wfw' in d: del d['zp51q0wfw']
d['y'] = 689
print(list(d.items()))
d.pop('say "hi"', None)
print(list(d.items()))
if 'y9tnd6ws6' in d: del d['y9tnd6ws6']
if 'ClC_0' in d: del d['ClC_0']
d['5B9ovZwYpcrh'] = 690
print(list(d.items()))
d["it's"] = 691
d['lib/ota.py'] = 692
d['file'] = 693
d['9vpCnec5X8xa'] = 694
d.update([('published_at', 695), ('sha', 696)])
d.setdefault('y', 697)
d['sha256'] = 698
d['say "hi"'] = 699
d['version'] = 700
d['download_url'] = 701
d['c59A4e'] = 702
d.pop('tag_name', None)
d['browser_download_url'] = 703
d['qB590nro9'] = 704
print(d.popitem() if d else None)
d['host'] = 705
d['s'] = 706
d['content'] = 707
d['o8tpvf98at'] = 708
d['port'] = 709
d['encoding'] = 710
if 'browser_download_url' in d: del d['browser_download_url']
d['\u20acuro'] = 711
if 'y' in d: del d['y']
d.pop('BBl3vzv', None)
d['download_url'] = 712
print(list(d.items()))
d.update({'error': 713, '26e1w': 714})
print(list(d.items()))
d.pop('mode', None)
d = d.copy()
d[' '] = 715
print(list(d.items()))
print('# dict_str_16')
d = {'node_id': 716, 'x8A': 717, 'ref': 718, 'draft': 719, 'na\xefve': 720, 'sha1': 721}
print(list(d.items()))
d['C0i'] = 722
d.setdefault('na\xefve', 723)
if 'x8A' in d: del d['x8A']
d['na\xefve'] = 724
if 'C0i' in d: del d['C0i']
d.update([('l0cew9gzojrm', 725), ('aipwe', 726), ('truncated', 727)])
d.update([('d', 728), ('10XXj_50C6gC', 729)])
print(d.popitem() if d else None)
d['sha1'] = 730
d['8pmc6htxm'] = 731
if 'host' in d: del d['host']
if 'X6ibg' in d: del d['X6ibg']
d.pop('version', None)
d['sha1'] = 732
print(list(d.items()))
d['z_qezfhg'] = 733
d['draft'] = 734
d['truncated'] = 735
print(list(d.items()))
d['status'] = 736
print(list(d.items()))
d.update([('content', 737), ('w', 738), ('path', 739)])
if 'sha1' in d: del d['sha1']
d.update([('timeout', 740), ('version', 741), ('created_at', 742)])
if 'created_at' in d: del d['created_at']
d.pop('7od3se_i', None)
d.setdefault('node_id', 743)
d['fe0s5'] = 744
d['password'] = 745
print(list(d.items()))
d = d.copy()
if 'z_qezfhg' in d: del d['z_qezfhg']
if 'mtu1z2ke8' in d: del d['mtu1z2ke8']
d.pop('Version', None)
d['7uB3rz'] = 746
d['yx7hiBYgvCaf'] = 747
d['back\\slash'] = 748
d['cXagwd2b'] = 749
d['A9iax8'] = 750
d['status'] = 751
d['ZoAqvtx'] = 752
d[''] = 753
print(list(d.items()))
d['w'] = 754
d['body'] = 755
d.update({'6lxqeyut_A': 756})
print(list(d.items()))
d['ogzh'] = 757
d['sha256'] = 758
if 'node_id' in d: del d['node_id']
print(list(d.items()))
d['version'] = 759
d['back\\slash'] = 760
print(list(d.items()))
if 'iwfYlYe' in d: del d['iwfYlYe']
print(d.popitem() if d else None)
d['f'] = 761
d['ssid'] = 762
d['caf\xe9'] = 763
print(list(d.items()))
print('# dict_str_17')
d = {k: v for k, v in zip(['7nkwwuceXz', 'c', 'na\xefve', 'new\nline', 'latest', 'draft', 'j60dh', 'latest', 'password', 'ap91'], [764, 765, 766, 767, 768, 769, 770, 771, 772, 773])}
print(list(d.items()))
d['main.py'] = 774
print(list(d.items()))
d['tree'] = 775
d['7nkwwuceXz'] = 776
print(list(d.items()))
d.update([('5CfyZx', 777), ('buuC0m2mkj', 778), ('caf\xe9', 779)])
d['timeout'] = 780
if 'caf\xe9' in d: del d['caf\xe9']
d = d | {'s': 781, 'sha256': 782}
if 'na\xefve' in d: del d['na\xefve']
d['ax'] = 783
d['assets'] = 784
print(list(d.items()))
d['mgCjte0ygn'] = 785
d['caf\xe9'] = 786
d['caf\xe9'] = 787
d['commit'] = 788
d['main.py'] = 789
d['7Ca1X'] = 790
if '5CfyZx' in d: del d['5CfyZx']
if 'caf\xe9' in d: del d['caf\xe9']
d['caf\xe9'] = 791
d.pop('7nkwwuceXz', None)
d['draft'] = 792
d['assets'] = 793
d.update([('VERSION', 794), ('gq6u5', 795)])
d.update([('25w', 796), ('sha', 797), ('path', 798), ('AYYXn6', 799)])
d = d | {'wh': 800, 'html_url': 801, 'main': 802, '5j9qjCu9x_': 803}
d = d.copy()
if 'draft' in d: del d['draft']
if 'sha' in d: del d['sha']
d['ap91'] = 804
d['gq6u5'] = 805
if 'latest' in d: del d['latest']
d.setdefault('assets', 806)
d['eXb9BsBnXq'] = 807
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['x3l7e1gdeC2z'] = 808
d.setdefault('na\xefve', 809)
d['sha'] = 810
d['0XaXY'] = 811
d.pop('7Ca1X', None)
d['main'] = 812
d['7ykla6245'] = 813
d.update([('9p2v9sgdfZ', 814), ('commit', 815), ('sha256', 816), ('eckk48bdyl', 817), ('poXp4fCu', 818)])
print(list(d.items()))
d['nnkoba'] = 819
if 'main.py' in d: del d['main.py']
print(list(d.items()))
print(list(d.items()))
print('# dict_str_18')
d = dict.fromkeys(iter(['firmware', 'y', '7wXg', ' ', "it's", 'cBefj']), 0)
print(list(d.items()))
d['ota'] = 826
d['8bxqcds26a5u'] = 827
d['c_c2rYC6Ao'] = 828
d.pop(' ', None)
d['status'] = 829
d.setdefault('c_c2rYC6Ao', 830)
d.clear()
d.pop('url', None)
print(list(d.items()))
d['y'] = 831
if '\xe9' in d: del d['\xe9']
d.setdefault('k32Y', 832)
if 'assets' in d: del d['assets']
d['tn3_8k6av1Xo'] = 833
print(list(d.items()))
d.setdefault('cBefj', 834)
d['download_url'] = 835
d['ryafcgevu_'] = 836
if "it's" in d: del d["it's"]
d.update([('retries', 837), ('qpefAjv4x61', 838), ('wfsdj', 839), ('draft', 840), ('0jkivnXx_f', 841)])
if "it's" in d: del d["it's"]
d['download_url'] = 842
d['lib'] = 843
print(list(d.items()))
d['body'] = 844
d['c'] = 845
d = d | {'port': 846}
if 'v' in d: del d['v']
if 'c_c2rYC6Ao' in d: del d['c_c2rYC6Ao']
if 'name' in d: del d['name']
d.setdefault('y', 847)
d['mC_uyZndA'] = 848
d['published_at'] = 849
d['mC_uyZndA'] = 850
print(list(d.items()))
d['a25'] = 851
d = d.copy()
d['1yvd'] = 852
print(list(d.items()))
if 'b' in d: del d['b']
print(list(d.items()))
d['version'] = 853
d.pop('blob', None)
d['2uy'] = 854
if 'k32Y' in d: del d['k32Y']
if 'c_c2rYC6Ao' in d: del d['c_c2rYC6Ao']
d['size'] = 855
d['content'] = 856
if '8bxqcds26a5u' in d: del d['8bxqcds26a5u']
d['draft'] = 857
d['content'] = 858
if 'id' in d: del d['id']
d['draft'] = 859
if 'y' in d: del d['y']
d['a2Al9u7u'] = 860
d['0jkivnXx_f'] = 861
d['yr6qghpjAq7j'] = 862
print(list(d.items()))
d['v1.2.3'] = 863
d['f2cqk_'] = 864
d['qsh7A4_'] = 865
d['6lA5spkZdg7b'] = 866
print(d.popitem() if d else None)
d['k32Y'] = 867
if 'content' in d: del d['content']
d['3'] = 868
d['type'] = 869
d |= {'published_at': 870}
d['tag_name'] = 871
d['back\\slash'] = 872
print(list(d.items()))
d.pop(' ', None)
d.update([('erzYltY', 873)])
d['\u20acuro'] = 874
print(list(d.items()))
d.update({'error': 875, 'name': 876, 'type': 877, 'bBatsmt': 878})
print(list(d.items()))
print('# dict_str_19')
d = dict.fromkeys(iter(['fdj1ohdqB', 'c', 'published_at', 'Xjx']), 0)
print(list(d.items()))
if 'Xjx' in d: del d['Xjx']
if 'published_at' in d: del d['published_at']
d['url'] = 883
if 'fdj1ohdqB' in d: del d['fdj1ohdqB']
if 'fdj1ohdqB' in d: del d['fdj1ohdqB']
if 'tl4uhlZY' in d: del d['tl4uhlZY']
d['Xjx'] = 884
d['Xjx'] = 885
d['id'] = 886
d['_xx1Bz'] = 887
print(list(d.items()))
if 'Xjx' in d: del d['Xjx']
d['c'] = 888
print(list(d.items()))
d['ppq1'] = 889
d['status'] = 890
d['qdb4mcpu1x'] = 891
d['Xjx'] = 892
d.update({'s': 893, 'e': 894, 's': 895, 'u2ytcC': 896})
if 'ppq1' in d: del d['ppq1']
d['c'] = 897
if 'Xjx' in d: del d['Xjx']
d.update({'content': 898, 'download_url': 899, 'documentation_url': 900, 'browser_download_url': 901, 'q5dA7r': 902})
print(list(d.items()))
d['id'] = 903
d.setdefault('published_at', 904)
d.update({'b': 905, '': 906})
d['ugjcweeBv4Y'] = 907
d['s8'] = 908
d[''] = 909
d['documentation_url'] = 910
d['g8634Z5txi'] = 911
d['main'] = 912
if 'nqmf' in d: del d['nqmf']
print(list(d.items()))
d['url'] = 913
if 'Xjx' in d: del d['Xjx']
d['eB'] = 914
if 'documentation_url' in d: del d['documentation_url']
d['a'] = 915
d['we_'] = 916
d['5f7f'] = 917
d['dl2c1e'] = 918
d['0i0vkju'] = 919
print(d.popitem() if d else None)
if 'g8634Z5txi' in d: del d['g8634Z5txi']
d['error'] = 920
if 'Xjx' in d: del d['Xjx']
print(list(d.items()))
d |= {'9b4AlXZZl': 921, 'ota': 922, '24': 923}
print(list(d.items()))
d.setdefault('download_url', 924)
d['w_vZ_1o'] = 925
print(d.popitem() if d else None)
d['s'] = 926
d.update([('draft', 927), ('commit', 928), ('prerelease', 929), ('path', 930), ('boot.py', 931)])
d['s'] = 932
print(list(d.items()))
d['files'] = 933
print(d.popitem() if d else None)
print(list(d.items()))
d['lib'] = 934
d.clear()
d.pop('fdj1ohdqB', None)
if 'b' in d: del d['b']
d['published_at'] = 935
print(list(d.items()))
print('# dict_str_20')
d = {k: v for k, v in zip(['firmware', 'zjj9mrnzzZc4', 'gmZ1e'], [936, 937, 938])}
print(list(d.items()))
if 'pv4' in d: del d['pv4']
print(list(d.items()))
if 'gmZ1e' in d: del d['gmZ1e']
d.update({'x': 939, 'ewdel7CA5yB': 940, 'gzy8Yg4ji': 941})
d.clear()
print(list(d.items()))
if 'gmZ1e' in d: del d['gmZ1e']
d['tab\there'] = 942
d['pA4jm2u_xZal'] = 943
d['gmZ1e'] = 944
d['giZorXA3ji'] = 945
d['dcdn0ct2etuA'] = 946
d['dcdn0ct2etuA'] = 947
d['4tj'] = 948
d['rqCZakmr'] = 949
print(list(d.items()))
d.setdefault('gzy8Yg4ji', 950)
if 'o2ii5Ax8gj' in d: del d['o2ii5Ax8gj']
d['3cZYnZ2dBo3y'] = 951
if 'yxfi262y' in d: del d['yxfi262y']
d['firmware'] = 952
d['d4'] = 953
d.update([('blob', 954), ('XA91c', 955), ('20i', 956), ('sha256', 957), ('xxoA', 958)])
d['message'] = 959
d['d4'] = 960
print(list(d.items()))
if '5vpkrdyBj' in d: del d['5vpkrdyBj']
if 'b4jji2dBYtj' in d: del d['b4jji2dBYtj']
d['browser_download_url'] = 961
print(list(d.items()))
if 'rqCZakmr' in d: del d['rqCZakmr']
d['encoding'] = 962
d.pop('XA91c', None)
d.update([('error', 963), ('error', 964), ('mode', 965), ('mode', 966), ('iorb', 967)])
if 'mode' in d: del d['mode']
if '4tj' in d: del d['4tj']
d['gzy8Yg4ji'] = 968
if 'CC' in d: del d['CC']
d.pop('k7', None)
d['goo'] = 969
d['state'] = 970
print(list(d.items()))
print(list(d.items()))
d['sha256'] = 971
d['jBd0tYv_A'] = 972
print(list(d.items()))
d['state'] = 973
d['content'] = 974
if 'files' in d: del d['files']
d['file'] = 975
d['browser_download_url'] = 976
d['x'] = 977
d['pgjuCq8C'] = 978
if 'goo' in d: del d['goo']
d['aBeAs_8'] = 979
print(list(d.items()))
d = d.copy()
d['url'] = 980
print(list(d.items()))
if 'state' in d: del d['state']
d = d.copy()
if 'hy6_pyZ5' in d: del d['hy6_pyZ5']
if 'd4' in d: del d['d4']
print(list(d.items()))
if 'dcdn0ct2etuA' in d: del d['dcdn0ct2etuA']
print(list(d.items()))
if 'assets' in d: del d['assets']
print(list(d.items()))
d['id'] = 981
print(list(d.items()))
if 'error' in d: del d['error']
d['password'] = 982
d.pop('tab\there', None)
d.update([('8s8sv', 983)])
print(list(d.items()))
print('# dict_str_21')
d = {'gc4gl45': 984, 'v96tzd': 985, 'us6h4': 986, '9n': 987, 'port': 988, 'rtlk76ukx': 989, 'enj54zbih1gp': 990, 'message': 991, '_Y8_wdnXlX': 992, 'Yxjguft825_a': 993, 'body': 994, 'body': 995}
print(list(d.items()))
d['9n'] = 996
if 'Yxjguft825_a' in d: del d['Yxjguft825_a']
d['body'] = 997
d.pop('9n', None)
d['main.py'] = 998
d |= {'assets': 999, 'host': 1000, 'XZmlxen4n': 1001}
d['lja'] = 1002
d['Yzh'] = 1003
print(d.popitem() if d else None)
d['lja'] = 1004
d['odtmeAy9zh'] = 1005
d['main'] = 1006
d['main'] = 1007
print(list(d.items()))
d['port'] = 1008
d['1tkzCX8cepb'] = 1009
if 'v96tzd' in d: del d['v96tzd']
print(list(d.items()))
d['rtlk76ukx'] = 1010
d = d | {'imngBtg': 1011, 'node_id': 1012, 'apZ1ps': 1013}
d['odtmeAy9zh'] = 1014
d['c'] = 1015
d['1BhgpuaZk_'] = 1016
d['lb5'] = 1017
d['Yxjguft825_a'] = 1018
d['created_at'] = 1019
if 'jd' in d: del d['jd']
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d['lja'] = 1020
d['1tkzCX8cepb'] = 1021
d['say "hi"'] = 1022
d['y'] = 1023
d.setdefault('Yzh', 1024)
print(list(d.items()))
d['rtlk76ukx'] = 1025
d['lja'] = 1026
print(list(d.items()))
d['zlcX'] = 1027
print(list(d.items()))
print('# dict_str_22')
d = dict(zip(['z4x8bjrk', 'a41i', 'ref', 'version'], [1028, 1029, 1030, 1031]))
print(list(d.items()))
d.pop('ref', None)
d['b'] = 1032
print(list(d.items()))
d['version'] = 1033
d.update({'sha': 1034, 'CZYekugx': 1035, 'name': 1036, 'c': 1037})
print(list(d.items()))
if 'sha' in d: del d['sha']
print(list(d.items()))
d = d | {'tag_name': 1038}
if 'version' in d: del d['version']
d['message'] = 1039
print(list(d.items()))
d['type'] = 1040
d['ota'] = 1041
print(list(d.items()))
d.pop('j86Av_zkiX', None)
d['ssid'] = 1042
if 'version' in d: del d['version']
if 'version' in d: del d['version']
d['version'] = 1043
d = d.copy()
d.update([('4', 1044), ('boot.py', 1045)])
print(d.popitem() if d else None)
d['8wve7B'] = 1046
d.pop('error', None)
d.pop('id', None)
d = d | {}
d['4'] = 1047
print(list(d.items()))
print(list(d.items()))
d['8u1mj__X'] = 1048
d['version'] = 1049
d['name'] = 1050
d['u5'] = 1051
print(d.popitem() if d else None)
d['main'] = 1052
d['files'] = 1053
d['version'] = 1054
d['typY5CC'] = 1055
d['oddzejzyqi'] = 1056
d['txXrw24_'] = 1057
if 'u5' in d: del d['u5']
d['4'] = 1058
print(list(d.items()))
d['7'] = 1059
d = d.copy()
d['Z3fhv'] = 1060
d[' '] = 1061
if 'version' in d: del d['version']
d['body'] = 1062
print(list(d.items()))
print(list(d.items()))
print('# dict_str_23')
d = _kw(latest=1063, download_url=1064, url=1065, a=1066, message=1067, main=1068)
print(list(d.items()))
d.pop('encoding', None)
d['ref'] = 1069
d['3Y'] = 1070
d['Cb8fxY45vvk9'] = 1071
d['draft'] = 1072
d['ref'] = 1073
d.update([('t6n5', 1074), ('ota', 1075), ('BmfdXxvrCx9o', 1076)])
print(list(d.items()))
d['state'] = 1077
if 'a' in d: del d['a']
d['zX_0ol'] = 1078
d['boot.py'] = 1079
print(d.popitem() if d else None)
d['we9am'] = 1080
d['rm878XYdYc0'] = 1081
if 'ref' in d: del d['ref']
d['pb2n'] = 1082
print(d.popitem() if d else None)
d['published_at'] = 1083
d.clear()
d['u23_Ym'] = 1084
d['status'] = 1085
print(list(d.items()))
d['published_at'] = 1086
d.update({'fwqB': 1087, 'file': 1088, 'y1nCcb_A': 1089, 'ea8rknuZabty': 1090, 'documentation_url': 1091, '\U0001f600': 1092})
if 'main' in d: del d['main']
d['a'] = 1093
if 'file' in d: del d['file']
d['rm878XYdYc0'] = 1094
print(list(d.items()))
d['3'] = 1095
if 'url' in d: del d['url']
d = d.copy()
if 'version' in d: del d['version']
d['back\\slash'] = 1096
d['cZl8CyC'] = 1097
print(list(d.items()))
print(list(d.items()))
d['new\nline'] = 1098
d.setdefault('47YAzy5Xzp49', 1099)
d['boot.py'] = 1100
d['published_at'] = 1101
print(list(d.items()))
d['main'] = 1102
if 'y' in d: del d['y']
print(list(d.items()))
d.update({'draft': 1103})
if 'id' in d: del d['id']
if 'BmfdXxvrCx9o' in d: del d['BmfdXxvrCx9o']
d = d.copy()
print(list(d.items()))
print('# dict_str_24')
d = dict(zip(['error', 'back\\slash', 'ls_Ab9qng', 'vh', 'size'], [1104, 1105, 1106, 1107, 1108]))
print(list(d.items()))
d['error'] = 1109
d['sha256'] = 1110
d['x'] = 1111
print(d.popitem() if d else None)
d['error'] = 1112
if 'size' in d: del d['size']
d['size'] = 1113
if '7Ai63' in d: del d['7Ai63']
print(list(d.items()))
if 'back\\slash' in d: del d['back\\slash']
print(list(d.items()))
d['error'] = 1114
d.update([('truncated', 1115)])
d['lib/ota.py'] = 1116
d['blob'] = 1117
if 'blob' in d: del d['blob']
if 'px2a3ozArAo' in d: del d['px2a3ozArAo']
d["it's"] = 1118
print(list(d.items()))
d['error'] = 1119
d['size'] = 1120
print(d.popitem() if d else None)
print(list(d.items()))
d |= {'main': 1121, '9wXi5zbe': 1122, 'prerelease': 1123}
d['ssid'] = 1124
print(list(d.items()))
d.clear()
d['BegiC'] = 1125
print(list(d.items()))
print(list(d.items()))
d['qaf15t0y'] = 1126
d.setdefault('password', 1127)
print(list(d.items()))
d['created_at'] = 1128
print(list(d.items()))
if 'error' in d: del d['error']
print(list(d.items()))
d['draft'] = 1129
print(d.popitem() if d else None)
d.setdefault('password', 1130)
d['2jY'] = 1131
print(list(d.items()))
d['error'] = 1132
print(list(d.items()))
d = d | {}
d['hB17Yyq'] = 1133
d['sdwzj80gw'] = 1134
d['pme5waorcl'] = 1135
d.pop('tqt', None)
print(d.popitem() if d else None)
d.setdefault('6y2jsnyYgYnn', 1136)
d.clear()
if 'error' in d: del d['error']
d.pop('pme5waorcl', None)
if 'lib' in d: del d['lib']
d["it's"] = 1137
d['firmware'] = 1138
print(list(d.items()))
d['truncated'] = 1139
d.setdefault('files', 1140)
d['e0o7Bx'] = 1141
d.update([('tag_name', 1142), ('encoding', 1143), ('published_at', 1144), ('jrX1w', 1145), ('vc3xb9fBmysj', 1146)])
d['hB17Yyq'] = 1147
d['mx97xC'] = 1148
print(list(d.items()))
print(d.popitem() if d else None)
d['dC07vr6c'] = 1149
d = d | {}
d['nZ0X'] = 1150
d.update({'node_id': 1151})
d['a'] = 1152
d.update({'sha1': 1153})
d.update({'xcqX1Z2': 1154, 'qzwux7': 1155})
if 'password' in d: del d['password']
print(list(d.items()))
if 'created_at' in d: del d['created_at']
d['1nxqXzt'] = 1156
d['content'] = 1157
print(list(d.items()))
if 'created_at' in d: del d['created_at']
if 'dC07vr6c' in d: del d['dC07vr6c']
print(list(d.items()))
d = d.copy()
if 'rely' in d: del d['rely']
print(list(d.items()))
print(list(d.items()))
print('# dict_str_25')
d = dict(ota=1158, a=1159, size=1160, prerelease=1161, path=1162, type=1163, c=1164, b=1165)
print(list(d.items()))
d['70v'] = 1166
d.pop('type', None)
d['b'] = 1167
print(list(d.items()))
print(d.popitem() if d else None)
d['mC90Ysz'] = 1168
d |= {'gZz3B': 1169, 'type': 1170}
d.update({'download_url': 1171, 'latest': 1172, 'boot.py': 1173})
d['download_url'] = 1174
if 'download_url' in d: del d['download_url']
d['sha'] = 1175
if 'file' in d: del d['file']
d = d | {'eB32X5': 1176, 'mode': 1177, 'tab\there': 1178, 'published_at': 1179}
d['70v'] = 1180
d['rkm9'] = 1181
d = d.copy()
d.pop('path', None)
d['id'] = 1182
d['Version'] = 1183
d['boot.py'] = 1184
d['y'] = 1185
d['z6dc'] = 1186
if 'boot.py' in d: del d['boot.py']
if 'id' in d: del d['id']
d.pop('id', None)
d['download_url'] = 1187
d['id'] = 1188
d.clear()
print(d.popitem() if d else None)
d['html_url'] = 1189
if 'path' in d: del d['path']
print(d.popitem() if d else None)
d.pop('download_url', None)
d['files'] = 1190
if 'id' in d: del d['id']
d['h9r'] = 1191
print(list(d.items()))
print(list(d.items()))
d['w'] = 1192
if '70v' in d: del d['70v']
print(list(d.items()))
if 'ota' in d: del d['ota']
d['caf\xe9'] = 1193
print(list(d.items()))
d['70v'] = 1194
d['6kodXu4'] = 1195
d['created_at'] = 1196
print(list(d.items()))
if 'c' in d: del d['c']
print(list(d.items()))
d['70v'] = 1197
print(list(d.items()))
d.pop('body', None)
d['509ZkhbCC7u'] = 1198
d[''] = 1199
d['latest'] = 1200
d.update([('r_et', 1201), ('_pf', 1202)])
if 'state' in d: del d['state']
d['4dxmm3up'] = 1203
d['draft'] = 1204
if 'state' in d: del d['state']
d['yX39'] = 1205
d['prerelease'] = 1206
if 'vwakz_uypak0' in d: del d['vwakz_uypak0']
print(list(d.items()))
print(list(d.items()))
print('# dict_str_26')
d = dict([('draft', 1207), ('host', 1208), ('wuoiB0A14fjy', 1209), ('8ag', 1210)])
print(list(d.items()))
d['Xp31mtaY'] = 1211
d['documentation_url'] = 1212
d.update([('message', 1213), ('sha', 1214), ('mg_ss', 1215), ('body', 1216)])
d['mode'] = 1217
if 'host' in d: del d['host']
d['C2zxvZ1im'] = 1218
d.update({'6Y4': 1219, 'timeout': 1220, 'ahmAq12u45': 1221, 'sha256': 1222, 'id': 1223})
print(list(d.items()))
d['body'] = 1224
d = d.copy()
d['host'] = 1225
d.pop('draft', None)
if '6Y4' in d: del d['6Y4']
if 'a' in d: del d['a']
d['mg_ss'] = 1226
d['a'] = 1227
d = d.copy()
d['7rv'] = 1228
if 'documentation_url' in d: del d['documentation_url']
d['body'] = 1229
print(list(d.items()))
d['lib/ota.py'] = 1230
d['wuoiB0A14fjy'] = 1231
d['sha256'] = 1232
print(list(d.items()))
d['c'] = 1233
print(list(d.items()))
if 'sha' in d: del d['sha']
print(list(d.items()))
d.pop('id', None)
if 'sha256' in d: del d['sha256']
d['dir'] = 1234
d['a'] = 1235
d.pop('sha256', None)
d['version'] = 1236
if 'mode' in d: del d['mode']
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d |= {'browser_download_url': 1237, 'B': 1238, 'jj49n15': 1239, 'n5r_4d0f393w': 1240}
d.update([('6wBrblcym3w', 1241)])
d['documentation_url'] = 1242
print(list(d.items()))
d['99'] = 1243
d['lib/ota.py'] = 1244
print(list(d.items()))
if 'dir' in d: del d['dir']
d = d.copy()
d['state'] = 1245
d['lib/ota.py'] = 1246
d['qY2C'] = 1247
if 'version' in d: del d['version']
d['new\nline'] = 1248
d['Xp31mtaY'] = 1249
d['3jd2rd'] = 1250
d['html_url'] = 1251
d.setdefault('state', 1252)
d['path'] = 1253
if 'a' in d: del d['a']
d['\xdf'] = 1254
d.pop('sha256', None)
d['b'] = 1255
d['lib/ota.py'] = 1256
d['c_g'] = 1257
d['Xp31mtaY'] = 1258
if '\xdf' in d: del d['\xdf']
print(list(d.items()))
print('# dict_str_27')
d = dict([])
print(list(d.items()))
print(list(d.items()))
d['dir'] = 1259
d.update([('download_url', 1260), ('ssid', 1261), ('76n7qym9oy', 1262)])
d['state'] = 1263
if 'state' in d: del d['state']
d.pop('browser_download_url', None)
print(list(d.items()))
d = d.copy()
d.update([('say "hi"', 1264), ('\xe9', 1265)])
d.update([('sha256', 1266), ('j', 1267), ('Yio895', 1268), ('tag_name', 1269), ('commit', 1270)])
d['truncated'] = 1271
print(list(d.items()))
d['sha1'] = 1272
d['vosfAp0dc45'] = 1273
if 'sha1' in d: del d['sha1']
print(list(d.items()))
print(d.popitem() if d else None)
d['browser_download_url'] = 1274
if '76n7qym9oy' in d: del d['76n7qym9oy']
print(list(d.items()))
d['_yZo'] = 1275
d['say "hi"'] = 1276
d['h'] = 1277
print(list(d.items()))
d['assets'] = 1278
d['dn71A95ed'] = 1279
print(list(d.items()))
d.update({'Cgvwsqn': 1280, 'host': 1281, 'Xhv5vnu': 1282, 'sha1': 1283, 'created_at': 1284, '8Bp': 1285})
d.pop('host', None)
d['content'] = 1286
d['dir'] = 1287
d.update({'tkX': 1288, 'kiou3Bf4q1': 1289})
d['BBgZxq8'] = 1290
d['sj74'] = 1291
d['encoding'] = 1292
d['encoding'] = 1293
d['Ykgu5X'] = 1294
d['j'] = 1295
d['sha256'] = 1296
print(list(d.items()))
d['dir'] = 1297
d['content'] = 1298
d['browser_download_url'] = 1299
d['dir'] = 1300
print(list(d.items()))
print('# dict_str_28')
d = dict()
print(list(d.items()))
d['3eo4rxjzZ'] = 1301
if '3eo4rxjzZ' in d: del d['3eo4rxjzZ']
d['3eo4rxjzZ'] = 1302
d.pop('3eo4rxjzZ', None)
d['hi5ulte'] = 1303
if '3eo4rxjzZ' in d: del d['3eo4rxjzZ']
d.pop('3eo4rxjzZ', None)
d['sha256'] = 1304
d['3eo4rxjzZ'] = 1305
if 'hi5ulte' in d: del d['hi5ulte']
d['lib'] = 1306
if '3nfZjoi' in d: del d['3nfZjoi']
if 'q' in d: del d['q']
d['3eo4rxjzZ'] = 1307
d['label'] = 1308
d['documentation_url'] = 1309
print(list(d.items()))
print(list(d.items()))
d.update({'o1y': 1310, 'jp': 1311})
if '3eo4rxjzZ' in d: del d['3eo4rxjzZ']
d['nzmuko'] = 1312
d = d.copy()
d['message'] = 1313
d['sha256'] = 1314
d['commit'] = 1315
if 'message' in d: del d['message']
if 'sha256' in d: del d['sha256']
if 'jp' in d: del d['jp']
d['version'] = 1316
d.update({'Z04YgA6t': 1317, 'port': 1318, '1': 1319})
d.clear()
d['truncated'] = 1320
print(list(d.items()))
d['o1y'] = 1321
d['timeout'] = 1322
if 'documentation_url' in d: del d['documentation_url']
print(list(d.items()))
print(list(d.items()))
d['b'] = 1323
d['retries'] = 1324
d['1'] = 1325
if 'jp' in d: del d['jp']
if 'port' in d: del d['port']
d['pdn5w712h'] = 1326
d['g0t4_Aw7'] = 1327
d['truncated'] = 1328
d['boot.py'] = 1329
d['content'] = 1330
d['files'] = 1331
d['ssid'] = 1332
d['lib'] = 1333
d['sha256'] = 1334
d = d.copy()
d['frakZ__C5k6l'] = 1335
print(list(d.items()))
d['lib/ota.py'] = 1336
print(list(d.items()))
d['8l7k7h1'] = 1337
print(list(d.items()))
d.clear()
d.pop('3eo4rxjzZ', None)
d['8l7k7h1'] = 1338
print(list(d.items()))
print('# dict_str_29')
d = dict.fromkeys([], 0)
print(list(d.items()))
d['wBrj6bBj'] = 1339
d['Csr61tZY'] = 1340
print(list(d.items()))
d['Csr61tZY'] = 1341
d['dir'] = 1342
d |= {'dtr0Ayd': 1343}
print(d.popitem() if d else None)
d.pop('wBrj6bBj', None)
d['timeout'] = 1344
d['gwalZx6_Ck'] = 1345
d.pop('password', None)
d['file'] = 1346
d['_45d5r5k2tp'] = 1347
d['Ck'] = 1348
d['type'] = 1349
print(d.popitem() if d else None)
if 'dir' in d: del d['dir']
print(list(d.items()))
d['body'] = 1350
d['version'] = 1351
d['dir'] = 1352
d['message'] = 1353
d['\xe9'] = 1354
if '\U0001f600' in d: del d['\U0001f600']
d['nl6'] = 1355
if 'Ck' in d: del d['Ck']
print(list(d.items()))
d['assets'] = 1356
d['sha1'] = 1357
d['password'] = 1358
d[''] = 1359
d['Csr61tZY'] = 1360
d['c'] = 1361
print(list(d.items()))
d['encoding'] = 1362
print(list(d.items()))
d['ok'] = 1363
d['message'] = 1364
d = d.copy()
d['1nety5nbxi'] = 1365
d['lib'] = 1366
d['retries'] = 1367
print(list(d.items()))
d.pop('gwalZx6_Ck', None)
if '_45d5r5k2tp' in d: del d['_45d5r5k2tp']
d.update({'sha256': 1368, 'message': 1369, 'l': 1370, 'mfj': 1371, 'sha': 1372})
if 'assets' in d: del d['assets']
d.setdefault('retries', 1373)
print(list(d.items()))
d['6vpk72A9v95v'] = 1374
d['boot.py'] = 1375
d['BkAzr'] = 1376
d['eY'] = 1377
d.setdefault('body', 1378)
print(list(d.items()))
d['bqnimki1'] = 1379
d['label'] = 1380
print(list(d.items()))
d.setdefault('Ck', 1381)
d['truncated'] = 1382
d['url'] = 1383
d['file'] = 1384
d['cXf'] = 1385
d['browser_download_url'] = 1386
d['id'] = 1387
print(list(d.items()))
d['Ck'] = 1388
d['version'] = 1389
if 'file' in d: del d['file']
d.setdefault('Version', 1390)
d['\U0001f600'] = 1391
d['Ck'] = 1392
if 'c' in d: del d['c']
print(list(d.items()))
