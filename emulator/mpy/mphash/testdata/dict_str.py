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
print([k in d for k in ['y', 'file']])
d['k1B95'] = 46
d['timeout'] = 47
d['y'] = 48
d['sha256'] = 49
d['state'] = 50
d['retries'] = 51
d['158i_1Zpfk_'] = 52
print(d.popitem() if d else None)
if 'sXhd8Bg' in d: del d['sXhd8Bg']
if 'dw' in d: del d['dw']
d.update({'lib/ota.py': 53, 'tag_name': 54, '_': 55})
d['tag_name'] = 56
d['5mvgZmCo'] = 57
d.pop('label', None)
print(list(d.items()))
print(list(d.items()))
d['timeout'] = 58
print([k in d for k in ['Version', 'timeout']])
print(list(d.items()))
if 'url' in d: del d['url']
d['label'] = 59
d['3lwhmat'] = 60
d['url'] = 61
d['retries'] = 62
d['lib/ota.py'] = 63
d['commit'] = 64
d = d.copy()
d.pop('edi84A6', None)
d['mode'] = 65
d['url'] = 66
print(list(d.items()))
d['label'] = 67
print(list(d.items()))
d.update([('9ikjXfx7o', 68), ('rxZq_0h0', 69), ('lib', 70), ('host', 71), ('uB5', 72)])
d['9fXhZh'] = 73
if 'tag_name' in d: del d['tag_name']
print([k in d for k in ['size']])
d['node_id'] = 74
d['ap3'] = 75
print([k in d for k in ['label']])
d.update({'download_url': 76, 'say "hi"': 77, 'assets': 78, 'main': 79})
d['main'] = 80
if 'uB5' in d: del d['uB5']
d['label'] = 81
print([k in d for k in ['ap3']])
d['commit'] = 82
d.update({'published_at': 83, 'qwyfa4fjkao3': 84})
print([k in d for k in ['documentation_url', 'st401', 'download_url', 'host', 'rve6_sflvq', 'files']])
d['id'] = 85
d['port'] = 86
d['pCpcv0j'] = 87
if 'port' in d: del d['port']
if 'files' in d: del d['files']
if 'ok' in d: del d['ok']
if 'state' in d: del d['state']
if 'k1B95' in d: del d['k1B95']
d['status'] = 88
d['commit'] = 89
d['commit'] = 90
d['node_id'] = 91
if 'timeout' in d: del d['timeout']
d['created_at'] = 92
d['dmbfvY'] = 93
d['sha256'] = 94
d['\u20acuro'] = 95
d['uyAAr44'] = 96
if 'say "hi"' in d: del d['say "hi"']
d['Y'] = 97
print(d.popitem() if d else None)
d['w5vcy'] = 98
d['Y'] = 99
d = d.copy()
d['ref'] = 100
d.update({'m8oa4_micd1': 101, 'firmware': 102})
if 'tag_name' in d: del d['tag_name']
d['url'] = 103
print(list(d.items()))
print('# dict_str_2')
d = dict(zip(['port', 'body', 'lib/ota.py', '7aZeXA198Cj', '\xdf', 'say "hi"', 'boot.py', '016', 'x', 'xl', 'c', 'timeout'], [104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115]))
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d['r4BXihXgzq'] = 116
if 'body' in d: del d['body']
print([k in d for k in ['body', 'say "hi"']])
d['main.py'] = 117
d['016'] = 118
if 'xl' in d: del d['xl']
d.pop('\xdf', None)
if 'main.py' in d: del d['main.py']
d['path'] = 119
print(list(d.items()))
d.pop('pm11_', None)
d.setdefault('c', 120)
d['x'] = 121
d['path'] = 122
d.pop('c', None)
print(d.popitem() if d else None)
if 'c' in d: del d['c']
d['browser_download_url'] = 123
d['qB_'] = 124
d.pop('\xdf', None)
print([k in d for k in ['c']])
d['Yr1m6g24'] = 125
d['m'] = 126
d['assets'] = 127
d['draft'] = 128
d['rcvbbdm_19l'] = 129
print(list(d.items()))
d.pop('draft', None)
if 'xl' in d: del d['xl']
print([k in d for k in ['016', 'r4BXihXgzq']])
d['jZx'] = 130
d = d.copy()
d['state'] = 131
print(d.popitem() if d else None)
d.setdefault('c', 132)
d['78v5vBtyem'] = 133
d['\xdf'] = 134
d.update([('zghp1skndk', 135), ('x', 136), ('u', 137), ('type', 138), ('assets', 139)])
d.update({'download_url': 140, 'a': 141})
if 'fB7r67BfCcg' in d: del d['fB7r67BfCcg']
d.pop('c', None)
d.update({'jcsozy6g': 142})
if 'assets' in d: del d['assets']
d['retries'] = 143
d.update({'password': 144, 'efXkh1q2z': 145})
d['v1.2.3'] = 146
d['documentation_url'] = 147
print(list(d.items()))
print(list(d.items()))
print('# dict_str_3')
d = {'documentation_url': 148}
print(list(d.items()))
d['documentation_url'] = 149
print([k in d for k in ['documentation_url', 'documentation_url', 'documentation_url', 'eX', 'documentation_url', 'documentation_url']])
d['type'] = 150
d.update([('2coa48', 151)])
d['id'] = 152
d['6q'] = 153
d = d | {'iB': 154}
d['6q'] = 155
d['dn4t682ubY'] = 156
print(list(d.items()))
if 'dn4t682ubY' in d: del d['dn4t682ubY']
d['ok'] = 157
d['main'] = 158
d.pop('body', None)
print(d.popitem() if d else None)
d['m5g3ipxls4'] = 159
d = d | {'\xdf': 160}
d['iecpxCl'] = 161
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
d['documentation_url'] = 162
d["it's"] = 163
print(d.popitem() if d else None)
if 'main' in d: del d['main']
d['version'] = 164
print(list(d.items()))
print([k in d for k in ['iecpxCl', "it's", 'uai9ipXg', 'iecpxCl']])
print(list(d.items()))
if 'firmware' in d: del d['firmware']
d['main'] = 165
d['uZ7nff'] = 166
d = d | {'mode': 167}
d['6q'] = 168
print(d.popitem() if d else None)
d['gl7q7ewu9t'] = 169
d['label'] = 170
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
print([k in d for k in ['6q', 'documentation_url']])
if 'label' in d: del d['label']
d |= {}
d['6q'] = 171
print(list(d.items()))
print(list(d.items()))
d.pop('documentation_url', None)
d.pop('main', None)
print(list(d.items()))
print('# dict_str_4')
d = dict.fromkeys(iter(['r3iydze', 'u__6', '17u5le0', 'w_3hq']), 0)
print(list(d.items()))
print(d.popitem() if d else None)
if '_m9sezd373l' in d: del d['_m9sezd373l']
d['XZ6X'] = 176
d['17u5le0'] = 177
d['commit'] = 178
d.update({'lb7Xj': 179, 'files': 180, 'ti4cB9': 181, 'type': 182, 'VERSION': 183, 'files': 184})
d.pop('ti4cB9', None)
d['BBeax'] = 185
d = d | {'Version': 186, 'label': 187, 'content': 188, 'main.py': 189}
if "it's" in d: del d["it's"]
d['u_sBridi87b'] = 190
print([k in d for k in ['u__6', '3X', 'u__6', 'r3iydze', 'rewn9', 'BBeax']])
d['0Ca8'] = 191
d.pop('port', None)
d.setdefault('file', 192)
print(list(d.items()))
print(list(d.items()))
d['message'] = 193
d['draft'] = 194
d['hXi1fzAm36qg'] = 195
d.update({'error': 196, 'ej0er2Bss3': 197, 'prerelease': 198, 'error': 199})
d.update({'ljfwy': 200, 'ciXlt': 201})
d = d.copy()
if 'hckl20x' in d: del d['hckl20x']
print(list(d.items()))
print(d.popitem() if d else None)
d.setdefault('ti4cB9', 202)
d['url'] = 203
d['body'] = 204
d['commit'] = 205
d.pop('error', None)
d['Version'] = 206
d = d.copy()
print(list(d.items()))
print(list(d.items()))
d['14qjz'] = 207
d['a'] = 208
print(list(d.items()))
d['error'] = 209
if '17u5le0' in d: del d['17u5le0']
d['ej0er2Bss3'] = 210
if 'u_sBridi87b' in d: del d['u_sBridi87b']
d['f8q4tdab'] = 211
d['files'] = 212
d['b'] = 213
d['ti4cB9'] = 214
print([k in d for k in ['main', 'r3iydze', 'message', 'retries', 'X7j01zqj9dgY', 'type']])
print(list(d.items()))
d['files'] = 215
d['port'] = 216
d['id'] = 217
d['0ng'] = 218
d['bjg3'] = 219
d['B'] = 220
if 'commit' in d: del d['commit']
d['zu3nBaCkl'] = 221
d['ti4cB9'] = 222
d = d.copy()
print(list(d.items()))
d['jcypf4p'] = 223
d |= {'latest': 224}
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_str_5')
d = dict(zip(['c', 'wg6', 'ZA260wx', 'type', 'truncated', 'tree', '6ch3gobyamb'], [225, 226, 227, 228, 229, 230, 231]))
print(list(d.items()))
if 'sha' in d: del d['sha']
d['hrxur9vtr_'] = 232
print([k in d for k in ['a', 'tree', 'ZA260wx', 'truncated', 'encoding', 'commit']])
if '6ch3gobyamb' in d: del d['6ch3gobyamb']
d.pop('wg6', None)
d['truncated'] = 233
d['caf\xe9'] = 234
print([k in d for k in ['ZA260wx', 'type', 'wg6', 'type']])
if 'Version' in d: del d['Version']
if 'c' in d: del d['c']
d.setdefault('hrxur9vtr_', 235)
if 'main' in d: del d['main']
print(list(d.items()))
d['v1.2.3'] = 236
d['message'] = 237
d[''] = 238
d.update([("it's", 239), ('created_at', 240)])
d['dir'] = 241
print(d.popitem() if d else None)
d.pop('a3s', None)
print(list(d.items()))
print(list(d.items()))
d['wg6'] = 242
d['4m75qquc6o2'] = 243
print(d.popitem() if d else None)
d['wg6'] = 244
print(list(d.items()))
print([k in d for k in ['tree', 'hrxur9vtr_', '6ch3gobyamb', 'jfhmz0l2Yw4', 'truncated']])
d['ydYzl8g'] = 245
d['jashjXzmnl'] = 246
if '' in d: del d['']
d['q2qz4o6qkfe'] = 247
d['j6aY2xt'] = 248
print(list(d.items()))
print('# dict_str_6')
d = {'content': 249, 'message': 250, 'latest': 251, 'tree': 252, '2ctlzoXo4': 253, 'body': 254}
print(list(d.items()))
print([k in d for k in ['tree', '2ctlzoXo4', 'body']])
d['2ctlzoXo4'] = 255
if 'content' in d: del d['content']
if 'body' in d: del d['body']
d['published_at'] = 256
d = d.copy()
d[' '] = 257
d.pop('published_at', None)
if 'published_at' in d: del d['published_at']
print([k in d for k in ['content', '2ctlzoXo4', '2ctlzoXo4', 'message']])
d['Zj73'] = 258
d['new\nline'] = 259
d['tree'] = 260
d['message'] = 261
print(list(d.items()))
d.setdefault('tree', 262)
d['documentation_url'] = 263
print(list(d.items()))
d['node_id'] = 264
d['x3jbXn9h0yt5'] = 265
d['Version'] = 266
print(d.popitem() if d else None)
d['bb'] = 267
d = d.copy()
d['path'] = 268
if 'tree' in d: del d['tree']
d['2ctlzoXo4'] = 269
d['Version'] = 270
d['Version'] = 271
if 'node_id' in d: del d['node_id']
if 'content' in d: del d['content']
d.update({'html_url': 272, 'oaqldf14': 273, 'password': 274, 'status': 275})
print([k in d for k in [' ', 'published_at', 'ibB']])
d['70f4xo6y9B54'] = 276
d['gv2ga9v4'] = 277
if 'Version' in d: del d['Version']
print([k in d for k in ['11d', 'Zj73', 'path', 'published_at', 'oaqldf14', 'truncated']])
d.setdefault("it's", 278)
d['main.py'] = 279
d['lib/ota.py'] = 280
d['tab\there'] = 281
if 'html_url' in d: del d['html_url']
d['16e6doBy'] = 282
if 'gv2ga9v4' in d: del d['gv2ga9v4']
d['Zj73'] = 283
d['download_url'] = 284
print([k in d for k in ['published_at', 'new\nline']])
print(list(d.items()))
if 'node_id' in d: del d['node_id']
d['\U0001f600'] = 285
print(d.popitem() if d else None)
d['say "hi"'] = 286
print([k in d for k in ['oaqldf14', 'latest', 'html_url', ' ', 'bb', '70f4xo6y9B54']])
d['A5'] = 287
d[''] = 288
d['7rde'] = 289
print(list(d.items()))
print([k in d for k in ['lib/ota.py', 'Version', 'download_url']])
d['status'] = 290
d['files'] = 291
d.update([('main.py', 292), ('error', 293)])
if 'timeout' in d: del d['timeout']
d['h'] = 294
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# dict_str_7')
d = json.loads('{"download_url": 295, "A_zkB1m": 296}')
print(list(d.items()))
print(list(d.items()))
if 'A_zkB1m' in d: del d['A_zkB1m']
d['vtqr'] = 297
print(list(d.items()))
if 'id' in d: del d['id']
d['port'] = 298
d.update({'4j': 299, 'ech9v': 300, 'lib/ota.py': 301})
d['latest'] = 302
d['4j'] = 303
print(list(d.items()))
d['AfAbk'] = 304
d.pop('host', None)
d['body'] = 305
d = d.copy()
print(list(d.items()))
d['download_url'] = 306
if 'download_url' in d: del d['download_url']
d['port'] = 307
if 'lib/ota.py' in d: del d['lib/ota.py']
print([k in d for k in ['latest', 'download_url', 'port']])
print(list(d.items()))
print(list(d.items()))
print([k in d for k in ['4j', 'ok', 'wf6d4cx2d0YX', 'say "hi"', 'name']])
print(list(d.items()))
if 'AfAbk' in d: del d['AfAbk']
d.pop('path', None)
d['published_at'] = 308
d['ssid'] = 309
if '4j' in d: del d['4j']
print(d.popitem() if d else None)
d['port'] = 310
if 'lib/ota.py' in d: del d['lib/ota.py']
d['download_url'] = 311
d = d | {'ota': 312}
d['ota'] = 313
d['\u20acuro'] = 314
d['ota'] = 315
d['path'] = 316
d['download_url'] = 317
d['a'] = 318
if 'ech9v' in d: del d['ech9v']
print(list(d.items()))
print(list(d.items()))
d['files'] = 319
if 'port' in d: del d['port']
d['timeout'] = 320
d['A7htcbbY'] = 321
print([k in d for k in ['timeout']])
d['tree'] = 322
d.update({'7YgB4smy1Xwn': 323, 'encoding': 324, 'i': 325})
d['AfAbk'] = 326
d.update([('c57o1w9', 327), ('ptjAnYd2Ad5t', 328), ('name', 329), ('9Yjoj7', 330)])
print(list(d.items()))
print('# dict_str_8')
d = {'\u20acuro': 331, 'vA0': 332, 'type': 333, 'port': 334}
print(list(d.items()))
d['3'] = 335
if 'type' in d: del d['type']
print([k in d for k in ['ref', 'type', 'type', 'ota']])
d['error'] = 336
d.update({'ikb5slygiY': 337, '6319ftmB': 338})
print(list(d.items()))
if 'port' in d: del d['port']
d['cXa'] = 339
d['6319ftmB'] = 340
d['node_id'] = 341
d['8jdbmkc9b'] = 342
d['j0u7'] = 343
d['f'] = 344
if 'file' in d: del d['file']
d['1'] = 345
d['latest'] = 346
d.pop('Xq', None)
if '6319ftmB' in d: del d['6319ftmB']
d['8jdbmkc9b'] = 347
print(list(d.items()))
print([k in d for k in ['6319ftmB', 'main', 'port', 'node_id', 'mqa']])
d['jt'] = 348
if '_0bzyi' in d: del d['_0bzyi']
d['back\\slash'] = 349
d['g'] = 350
d.setdefault('j8rl', 351)
d['ikb5slygiY'] = 352
print(list(d.items()))
print('# dict_str_9')
d = dict()
print(list(d.items()))
print(list(d.items()))
d['mode'] = 353
d['yr3jhgjy8'] = 354
d['tjr83hftBue'] = 355
d['boot.py'] = 356
d['html_url'] = 357
d['blob'] = 358
d['fZht9ga4'] = 359
print(list(d.items()))
d['3cyYue_knCY'] = 360
d['jvAX5yw5'] = 361
d['encoding'] = 362
d['3cyYue_knCY'] = 363
d['_X0'] = 364
d.setdefault('boot.py', 365)
print([k in d for k in ['yr3jhgjy8', 'hcCY', 'assets']])
d['size'] = 366
if 'size' in d: del d['size']
d['zC35Bjkffzg'] = 367
d['u2r5v5'] = 368
d['error'] = 369
if 'boot.py' in d: del d['boot.py']
print(list(d.items()))
d['error'] = 370
print(list(d.items()))
print([k in d for k in ['x', '_Xqsm', 'encoding', 'file']])
d.update([('assets', 371), ('ok', 372)])
d['5Z6ioB'] = 373
d['message'] = 374
if 'oX5gAr5b' in d: del d['oX5gAr5b']
print(d.popitem() if d else None)
d['truncated'] = 375
d['documentation_url'] = 376
d['say "hi"'] = 377
if 'j_k' in d: del d['j_k']
d['browser_download_url'] = 378
d['tjr83hftBue'] = 379
d['host'] = 380
d['retries'] = 381
print([k in d for k in ['ok', 'error', 'yr3jhgjy8']])
d['jvAX5yw5'] = 382
d.setdefault('mode', 383)
d.update({'tab\there': 384, '15C': 385, 'gaetf': 386})
d.setdefault('fZht9ga4', 387)
d['latest'] = 388
if 'u2r5v5' in d: del d['u2r5v5']
d.update({'tree': 389, 'kl': 390, 'documentation_url': 391, 'ssid': 392, 'password': 393, 'html_url': 394})
d['\xe9'] = 395
d['latest'] = 396
d |= {}
d['A5wisl3gf5rm'] = 397
d['file'] = 398
d['latest'] = 399
d['vcig'] = 400
d = d | {'message': 401, 'draft': 402, 'sha': 403}
d.update({'type': 404, 'lib': 405, 'main.py': 406, 'label': 407, 'a': 408, 'mw': 409})
d.update({'label': 410, 'VERSION': 411})
d['version'] = 412
d['assets'] = 413
d = d.copy()
print([k in d for k in ['password', 'label']])
d['uzm'] = 414
d = d.copy()
d['main.py'] = 415
d['9qBvdzBmf'] = 416
d['html_url'] = 417
d['published_at'] = 418
print([k in d for k in ['\xe9', 'password', 'eo', 'tjr83hftBue']])
d['0qx1vX'] = 419
d['timeout'] = 420
d['draft'] = 421
d = d | {}
if 'VERSION' in d: del d['VERSION']
d.pop('assets', None)
print([k in d for k in ['documentation_url', 'truncated', 'gaetf', '15C']])
d['host'] = 422
print(list(d.items()))
print('# dict_str_10')
d = dict([('documentation_url', 423), ('\U0001f600', 424), ('jYqi', 425), ('sha1', 426), ('assets', 427)])
print(list(d.items()))
d['xi_n'] = 428
d['xi_n'] = 429
d['name'] = 430
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d['assets'] = 431
d['encoding'] = 432
if 'sha1' in d: del d['sha1']
d['luvh6f5rhArA'] = 433
d['message'] = 434
print(list(d.items()))
d['A1qnZn0aeya'] = 435
print(list(d.items()))
d['created_at'] = 436
d['XlYAx'] = 437
d = d.copy()
d['ks11jAuA'] = 438
print(d.popitem() if d else None)
d['na\xefve'] = 439
d['lib'] = 440
d['cft'] = 441
if 'A1qnZn0aeya' in d: del d['A1qnZn0aeya']
if 'xi_n' in d: del d['xi_n']
d['content'] = 442
d.update([('content', 443), ('dvwiig', 444)])
d.setdefault('cft', 445)
d['rp6ZZl2lu6B'] = 446
d = d.copy()
d['content'] = 447
print(list(d.items()))
print(list(d.items()))
if 'ks11jAuA' in d: del d['ks11jAuA']
print(list(d.items()))
print('# dict_str_11')
d = dict([('name', 448), ('8hffydnw66cZ', 449), ('timeout', 450), ('port', 451), ('1esg', 452), ('body', 453), ('dir', 454), ('CXkgfC9A', 455), ('4xosX', 456), ('html_url', 457), ('firmware', 458)])
print(list(d.items()))
d['Version'] = 459
d['ssid'] = 460
d.clear()
d = d | {'\u20acuro': 461, 'AYucv': 462, 'BsXhpz': 463, 'e2s18z': 464}
if '1esg' in d: del d['1esg']
if 'timeout' in d: del d['timeout']
d = d.copy()
d.update([('draft', 465), ('truncated', 466), ('vlz6xwBasa', 467), ('up2bu', 468), ('uj', 469)])
d.pop('vlz6xwBasa', None)
print(list(d.items()))
d['ok'] = 470
if 'timeout' in d: del d['timeout']
d['B'] = 471
d['draft'] = 472
print(list(d.items()))
d['c2s8'] = 473
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d['jiXCBX4x'] = 474
d['Version'] = 475
d['file'] = 476
print(list(d.items()))
print(list(d.items()))
d['truncated'] = 477
d['ssid'] = 478
print(list(d.items()))
print('# dict_str_12')
d = json.loads('{"k2A": 479, "error": 480, "size": 481, "0tkChqu73Zc": 482, "id": 483, "k": 484, "sha": 485, "p54dCs7d": 486, "encoding": 487, "files": 488}')
print(list(d.items()))
if 'error' in d: del d['error']
d['0tkChqu73Zc'] = 489
d['tab\there'] = 490
print(list(d.items()))
d['sha'] = 491
d['files'] = 492
d['truncated'] = 493
d['a'] = 494
d['published_at'] = 495
d.update([('password', 496), ('main', 497), ('dkX0', 498), ('Axn', 499), ('0', 500)])
if 'a' in d: del d['a']
d['rY1p_hqoZfz7'] = 501
d['a'] = 502
d['i4yt0'] = 503
if '0tkChqu73Zc' in d: del d['0tkChqu73Zc']
d.update({'8fY4d7Bm5': 504, 'content': 505})
d['commit'] = 506
d['main.py'] = 507
print(list(d.items()))
d['download_url'] = 508
print(d.popitem() if d else None)
d['content'] = 509
d['type'] = 510
print(d.popitem() if d else None)
if '0' in d: del d['0']
print(list(d.items()))
if 'content' in d: del d['content']
print(list(d.items()))
d['content'] = 511
print([k in d for k in ['files', 'main', 'url']])
print(d.popitem() if d else None)
d['ota'] = 512
d['VERSION'] = 513
d['rY1p_hqoZfz7'] = 514
d['YXhakeAA2X'] = 515
d.pop('a', None)
d['tag_name'] = 516
d['published_at'] = 517
d['assets'] = 518
if 'password' in d: del d['password']
d['truncated'] = 519
d['z26n5lk'] = 520
d.clear()
d['name'] = 521
print(d.popitem() if d else None)
d['truncated'] = 522
d.clear()
d['size'] = 523
d.update({'assets': 524, 'pvwq4wnx1r': 525, 'encoding': 526, 'ref': 527, 'c': 528})
print(d.popitem() if d else None)
d.clear()
d['message'] = 529
print(list(d.items()))
print(list(d.items()))
print('# dict_str_13')
d = {k: v for k, v in zip(['kY4d'], [530])}
print(list(d.items()))
d['status'] = 531
print([k in d for k in ['kY4d']])
if 'kY4d' in d: del d['kY4d']
if 'q7ylBwo' in d: del d['q7ylBwo']
d['x'] = 532
if 'x' in d: del d['x']
d['created_at'] = 533
if 'created_at' in d: del d['created_at']
print([k in d for k in ['created_at', 'truncated', 'browser_download_url', 'kY4d']])
if 'kY4d' in d: del d['kY4d']
print(d.popitem() if d else None)
if 'status' in d: del d['status']
d['hvyfZg'] = 534
d['lyitth9q'] = 535
print(list(d.items()))
print(list(d.items()))
d['created_at'] = 536
d['x'] = 537
print(list(d.items()))
d['qvX_4iws'] = 538
d['password'] = 539
d['created_at'] = 540
d.update({'C6n8pa': 541, 'body': 542, 'VERSION': 543})
print([k in d for k in ['x', '\xe9', 'kY4d', 'created_at', 'body', 'hvyfZg']])
print(list(d.items()))
print(list(d.items()))
d['efu2v'] = 544
d['5092w99j'] = 545
d.update([('689gsprr3', 546), ('type', 547), ('c', 548), ('px58mbzhbXy', 549), (' ', 550)])
d.setdefault('status', 551)
if 'px58mbzhbXy' in d: del d['px58mbzhbXy']
d['0dt7w9vXc'] = 552
d.update({'type': 553})
d['2cz8Xj0pu'] = 554
print([k in d for k in ['type', 'retries']])
d['5_A5tp6ryx'] = 555
d[' '] = 556
d['a'] = 557
d['caf\xe9'] = 558
d['0kzvulnp1'] = 559
d.setdefault(' ', 560)
print(list(d.items()))
d.update({'browser_download_url': 561, 'tag_name': 562})
print([k in d for k in ['c', 'caf\xe9', '0kzvulnp1', 'status', 'VERSION', 'new\nline']])
d['published_at'] = 563
d.setdefault('hvyfZg', 564)
d.update({'9g2': 565, 'dir': 566, 'port': 567, 'm_6ftljjusy': 568, 'b': 569, 'xlica_sn1s00': 570})
d.update([('host', 571), ('host', 572), ('host', 573)])
d['_56iZ_3'] = 574
d['8zakCeZk'] = 575
d['cZpokcdc6m'] = 576
d['Ch_qy'] = 577
d['x'] = 578
d.update([('lib/ota.py', 579), ('nqAZ', 580), ('file', 581), ('tbj5qcxYZ9', 582)])
d['content'] = 583
d.clear()
if 'bBa60ht0jc' in d: del d['bBa60ht0jc']
d.clear()
d['port'] = 584
print(list(d.items()))
print('# dict_str_14')
d = dict.fromkeys(['qx', 'sha256', 'download_url', 'mjqd1Zmc_q', 'A', 'gsp5rtbpZr', 'zp51q0wfw', 'tree', 'main.py', '9er_v_yas'], 0)
print(list(d.items()))
print(list(d.items()))
d['CnsZzg'] = 595
d['tree'] = 596
print(list(d.items()))
d.update([('vZwYp', 597), ('firmware', 598), ('main', 599), ('main', 600), ('lib', 601)])
d.setdefault('mjqd1Zmc_q', 602)
print([k in d for k in ['mjqd1Zmc_q', 'lib', 'dir', 'CnsZzg', 'main.py']])
if 'v_g05mhy' in d: del d['v_g05mhy']
d['error'] = 603
print(list(d.items()))
print([k in d for k in ['CnsZzg', '9er_v_yas', '8u8', 'error', 'main']])
d['ota'] = 604
d['\xe9'] = 605
d = d.copy()
if 'ota' in d: del d['ota']
if 'url' in d: del d['url']
d['knuy'] = 606
if 'tree' in d: del d['tree']
if '\xe9' in d: del d['\xe9']
d['sha1'] = 607
d['600pX20'] = 608
print(list(d.items()))
d['lib/ota.py'] = 609
print(d.popitem() if d else None)
d.update([('', 610), ('pfttd36Ao', 611), ('retries', 612), ('sha256', 613)])
d['\xe9'] = 614
d['latest'] = 615
d.setdefault('CnsZzg', 616)
if 'zp51q0wfw' in d: del d['zp51q0wfw']
d['ClC_0'] = 617
d['pfttd36Ao'] = 618
d['path'] = 619
d['browser_download_url'] = 620
print(list(d.items()))
d.setdefault('600pX20', 621)
d['download_url'] = 622
if 'retries' in d: del d['retries']
d['y'] = 623
print(list(d.items()))
d.pop('lib', None)
print(list(d.items()))
if 'y9tnd6ws6' in d: del d['y9tnd6ws6']
if 'ClC_0' in d: del d['ClC_0']
d['CnsZzg'] = 624
print([k in d for k in ['CnsZzg']])
d['\xe9'] = 625
d['n5Aq'] = 626
print(list(d.items()))
print([k in d for k in ['y', 'A', 'CnsZzg', 'aZ4kdwa']])
d['gfacY'] = 627
if '600pX20' in d: del d['600pX20']
d['version'] = 628
d['download_url'] = 629
d['c59A4e'] = 630
d.pop('tag_name', None)
d['browser_download_url'] = 631
print(list(d.items()))
print('# dict_str_15')
d = dict.fromkeys(['host', '0nro9p1bgB1', 'blob', 'latest', 'nlzjC', '8tpvf', 'atyrjBjthj', 'latest', 'boot.py'], 0)
print(list(d.items()))
print([k in d for k in ['latest', 'nlzjC', '8tpvf']])
d.pop('blob', None)
d['8tpvf'] = 641
print([k in d for k in ['0nro9p1bgB1', '26e1w', 'p8oyk', '8tpvf', 'nlzjC']])
d['8tpvf'] = 642
d = d.copy()
print([k in d for k in ['nlzjC', '8tpvf']])
d['sha1'] = 643
d.update([('ij3tzzdv', 644)])
d['nlzjC'] = 645
if '8tpvf' in d: del d['8tpvf']
d.update([('l0cew9gzojrm', 646), ('aipwe', 647), ('truncated', 648)])
d.update([('d', 649), ('10XXj_50C6gC', 650)])
print(d.popitem() if d else None)
d['latest'] = 651
d['8pmc6htxm'] = 652
if 'host' in d: del d['host']
if 'X6ibg' in d: del d['X6ibg']
d.pop('version', None)
d['boot.py'] = 653
print(list(d.items()))
d['z_qezfhg'] = 654
d['nlzjC'] = 655
d['truncated'] = 656
print([k in d for k in ['10XXj_50C6gC', 'z_qezfhg', 'node_id']])
d['w'] = 657
d["it's"] = 658
d.update([('timeout', 659), ('version', 660), ('created_at', 661)])
if 'created_at' in d: del d['created_at']
d.pop('7od3se_i', None)
d.setdefault('host', 662)
d['fe0s5'] = 663
d['password'] = 664
print(list(d.items()))
d = d.copy()
if 'latest' in d: del d['latest']
if 'mtu1z2ke8' in d: del d['mtu1z2ke8']
d.pop('Version', None)
d['7uB3rz'] = 665
d['yx7hiBYgvCaf'] = 666
d['back\\slash'] = 667
d['cXagwd2b'] = 668
d['A9iax8'] = 669
d['status'] = 670
d['ZoAqvtx'] = 671
d[''] = 672
print([k in d for k in ['password', 'truncated', 'latest']])
if 'fe0s5' in d: del d['fe0s5']
print(list(d.items()))
print('# dict_str_16')
d = dict(ok=673, content=674, published_at=675, ota=676, size=677, draft=678, label=679, id=680, message=681, password=682)
print(list(d.items()))
print([k in d for k in ['published_at']])
d['ota'] = 683
d['sha256'] = 684
if 'id' in d: del d['id']
print([k in d for k in ['ok', 'ota']])
if 'label' in d: del d['label']
print([k in d for k in ['iwfYlYe', 'size', 'ok', 'ota']])
d['ssid'] = 685
d['caf\xe9'] = 686
d['retries'] = 687
d.update({'sha': 688, '\U0001f600': 689, 'sha1': 690, 'c': 691, 'Version': 692})
d['created_at'] = 693
if 'latest' in d: del d['latest']
d['Version'] = 694
d['id'] = 695
print([k in d for k in ['sha256', 'sha', 'download_url', '\U0001f600']])
d['ok'] = 696
print(list(d.items()))
d.update([('5CfyZx', 697), ('buuC0m2mkj', 698), ('caf\xe9', 699)])
d['timeout'] = 700
if '5CfyZx' in d: del d['5CfyZx']
d = d | {'s': 701, 'sha256': 702}
if 'size' in d: del d['size']
d['ax'] = 703
d['assets'] = 704
print(list(d.items()))
print('# dict_str_17')
d = {'gCjt': 705, 'truncated': 706, 'lib/ota.py': 707, 'type': 708, 'body': 709, 'firmware': 710, 'name': 711, '5': 712}
print(list(d.items()))
d['commit'] = 713
d['main.py'] = 714
d['7Ca1X'] = 715
if 'firmware' in d: del d['firmware']
if 'main.py' in d: del d['main.py']
d['main.py'] = 716
d.pop('firmware', None)
d['draft'] = 717
d['assets'] = 718
d.update([('VERSION', 719), ('gq6u5', 720)])
d.update([('25w', 721), ('sha', 722), ('path', 723), ('AYYXn6', 724)])
d = d | {'wh': 725, 'html_url': 726, 'main': 727, '5j9qjCu9x_': 728}
d = d.copy()
if 'draft' in d: del d['draft']
if 'sha' in d: del d['sha']
d['firmware'] = 729
d['sha'] = 730
if 'lib/ota.py' in d: del d['lib/ota.py']
d.setdefault('main.py', 731)
d['eXb9BsBnXq'] = 732
print(list(d.items()))
print(list(d.items()))
print([k in d for k in ['main.py']])
if 'error' in d: del d['error']
d['de'] = 733
print(d.popitem() if d else None)
if 'path' in d: del d['path']
d['name'] = 734
d.update({'0XaXY': 735, 'lzgdpunC': 736})
d.setdefault(' ', 737)
d['ok'] = 738
d.setdefault('XY79p2v9s', 739)
d['name'] = 740
d['body'] = 741
d['dir'] = 742
d['prerelease'] = 743
print(d.popitem() if d else None)
if 'draft' in d: del d['draft']
print(list(d.items()))
d['Cu'] = 744
d['nnkoba'] = 745
if '5' in d: del d['5']
print(list(d.items()))
d = d | {'caf\xe9': 746, 'url': 747, 'n7wXgxkv08rc': 748}
d['mode'] = 749
d['name'] = 750
print(list(d.items()))
d = d.copy()
d['type'] = 751
d['a5u0h_8c_c'] = 752
d['6Aot0fqju51'] = 753
d['04tb9fctbe'] = 754
print([k in d for k in ['XY79p2v9s', 'k32Y', 'type', 'name']])
d['tn3_8k6av1Xo'] = 755
print(list(d.items()))
d.setdefault('gq6u5', 756)
d['download_url'] = 757
d['ryafcgevu_'] = 758
if 'draft' in d: del d['draft']
d.update([('retries', 759), ('qpefAjv4x61', 760), ('wfsdj', 761), ('draft', 762), ('0jkivnXx_f', 763)])
if '7Ca1X' in d: del d['7Ca1X']
d['download_url'] = 764
d['lib'] = 765
print([k in d for k in ['body']])
d['encoding'] = 766
d['mB5z'] = 767
d.update([('\xdf', 768)])
d['draft'] = 769
d['dir'] = 770
d['port'] = 771
d['uyZndA3m'] = 772
if 'sha1' in d: del d['sha1']
d = d | {}
print(list(d.items()))
d['a25'] = 773
d = d.copy()
d['1yvd'] = 774
print([k in d for k in ['b', 'browser_download_url', 'Cu', 'qpefAjv4x61']])
d['Yi2uy2'] = 775
d['message'] = 776
print(list(d.items()))
print('# dict_str_18')
d = dict()
print(list(d.items()))
d['size'] = 777
d['retries'] = 778
d['sha1'] = 779
if 'published_at' in d: del d['published_at']
if 'sha1' in d: del d['sha1']
if 'id' in d: del d['id']
d['sha1'] = 780
if 'retries' in d: del d['retries']
d['a2Al9u7u'] = 781
d['sha1'] = 782
d['yr6qghpjAq7j'] = 783
print(list(d.items()))
d['v1.2.3'] = 784
d['f2cqk_'] = 785
d['qsh7A4_'] = 786
d['6lA5spkZdg7b'] = 787
print(d.popitem() if d else None)
d['sha1'] = 788
if 'qsh7A4_' in d: del d['qsh7A4_']
d['3'] = 789
d['type'] = 790
d |= {'published_at': 791}
d['tag_name'] = 792
d['back\\slash'] = 793
print([k in d for k in ['3', 'retries', 'a2Al9u7u', '3']])
print(list(d.items()))
d['f2cqk_'] = 794
d['50o7mevj_xb'] = 795
d['latest'] = 796
d['v1.2.3'] = 797
print([k in d for k in ['published_at', 'c', '6lA5spkZdg7b']])
if 'retries' in d: del d['retries']
if '50o7mevj_xb' in d: del d['50o7mevj_xb']
d['url'] = 798
if 'sha1' in d: del d['sha1']
if 'retries' in d: del d['retries']
print(list(d.items()))
print('# dict_str_19')
d = json.loads('{"l4uhlZ": 799, "eed1": 800, "geabYlftZ": 801, "s_xx1Bz9Y": 802, "rgfYpX": 803, "mppq1Anf53q": 804, "ok": 805, "b4": 806, "p": 807, "xrnCwfyn": 808}')
print(list(d.items()))
d['\xdf'] = 809
d['ok'] = 810
d = d.copy()
d['eed1'] = 811
d.setdefault('mppq1Anf53q', 812)
print(list(d.items()))
d['ref'] = 813
d['a'] = 814
d['na\xefve'] = 815
print(list(d.items()))
if 'b4' in d: del d['b4']
d['kldna_ph6'] = 816
d['A'] = 817
d['6qZz'] = 818
d['boot.py'] = 819
d.setdefault('eed1', 820)
d.update({'b': 821, '': 822})
d['ugjcweeBv4Y'] = 823
d['s8'] = 824
d[''] = 825
d['A'] = 826
d['g8634Z5txi'] = 827
d['main'] = 828
if 'nqmf' in d: del d['nqmf']
print(list(d.items()))
d['s_xx1Bz9Y'] = 829
if 's_xx1Bz9Y' in d: del d['s_xx1Bz9Y']
d['eB'] = 830
if 'documentation_url' in d: del d['documentation_url']
d['a'] = 831
d['we_'] = 832
d['5f7f'] = 833
d['dl2c1e'] = 834
d['0i0vkju'] = 835
print(d.popitem() if d else None)
if 'main' in d: del d['main']
d['error'] = 836
if 's_xx1Bz9Y' in d: del d['s_xx1Bz9Y']
print([k in d for k in ['eB', '4', 'c', 'sqBg', 'A']])
print(list(d.items()))
print(list(d.items()))
d.setdefault('A', 837)
d['w_vZ_1o'] = 838
print(d.popitem() if d else None)
d['ref'] = 839
d.update([('draft', 840), ('commit', 841), ('prerelease', 842), ('path', 843), ('boot.py', 844)])
d['a'] = 845
print(list(d.items()))
d['files'] = 846
print(d.popitem() if d else None)
print(list(d.items()))
d['lib'] = 847
d.clear()
d.pop('l4uhlZ', None)
if 'ugjcweeBv4Y' in d: del d['ugjcweeBv4Y']
d['published_at'] = 848
d.update({'label': 849, 'error': 850, 'jj9mrnzz': 851})
print(list(d.items()))
d['pgmZ1ew49hp'] = 852
print(list(d.items()))
print('# dict_str_20')
d = _kw(ota=853, file=854, error=855, label=856, latest=857, x=858)
print(list(d.items()))
print([k in d for k in ['ota']])
d['retries'] = 859
print([k in d for k in ['retries', 'zy', '4j', 'x', '\U0001f600']])
d['created_at'] = 860
d = d.copy()
d['pA4jm2u_xZal'] = 861
d['ota'] = 862
d['giZorXA3ji'] = 863
d['dcdn0ct2etuA'] = 864
d['dcdn0ct2etuA'] = 865
d['4tj'] = 866
d['rqCZakmr'] = 867
print([k in d for k in ['x', 'rqCZakmr', '2ii5A', 'dcdn0ct2etuA', 'label']])
d['3cZYnZ2dBo3y'] = 868
if 'yxfi262y' in d: del d['yxfi262y']
d['ota'] = 869
d['d4'] = 870
d.update([('blob', 871), ('XA91c', 872), ('20i', 873), ('sha256', 874), ('xxoA', 875)])
d['message'] = 876
d['d4'] = 877
print(list(d.items()))
if '5vpkrdyBj' in d: del d['5vpkrdyBj']
if 'b4jji2dBYtj' in d: del d['b4jji2dBYtj']
d['browser_download_url'] = 878
print(list(d.items()))
if '4tj' in d: del d['4tj']
d['encoding'] = 879
d.pop('XA91c', None)
d.update([('error', 880), ('error', 881), ('mode', 882), ('mode', 883), ('iorb', 884)])
if 'mode' in d: del d['mode']
if 'dcdn0ct2etuA' in d: del d['dcdn0ct2etuA']
d['x'] = 885
if 'CC' in d: del d['CC']
d.pop('k7', None)
d['goo'] = 886
d['state'] = 887
print([k in d for k in ['giZorXA3ji', 'error', 'latest', 'd4', 'iorb', 'xxoA']])
d['error'] = 888
print(list(d.items()))
d['content'] = 889
if 'files' in d: del d['files']
d['file'] = 890
d['browser_download_url'] = 891
d['x'] = 892
d['pgjuCq8C'] = 893
if 'iorb' in d: del d['iorb']
d['aBeAs_8'] = 894
print(list(d.items()))
d = d.copy()
d['url'] = 895
print([k in d for k in ['goo', 'v1.2.3', 'browser_download_url', 'd4']])
d.update({'prerelease': 896, 'wpxZznjCy': 897, 'gBckts': 898, 'n_ceAX1': 899})
d['pgjuCq8C'] = 900
d['8svmfY'] = 901
if 'label' in d: del d['label']
d.update([('file', 902)])
d.update([('label', 903), ('tzd_pus6h4', 904), ('9n', 905), ('port', 906)])
print(d.popitem() if d else None)
d.setdefault('d4', 907)
d['retries'] = 908
d['draft'] = 909
print(list(d.items()))
d['mode'] = 910
d.update([('path', 911), ('commit', 912), ('lib', 913)])
d['5_Y8_wdnXlXB'] = 914
print(list(d.items()))
if 'giZorXA3ji' in d: del d['giZorXA3ji']
d['id'] = 915
print(d.popitem() if d else None)
d.update([('latest', 916), ('\u20acuro', 917), ('boot.py', 918), ('tree', 919)])
d['file'] = 920
print(list(d.items()))
print('# dict_str_21')
d = dict([('password', 921), ('Cdwdz7', 922), ('geB52X', 923), ('lxen', 924), ('zjBi', 925), ('mode', 926), ('ota', 927), ('retries', 928), ('x', 929), ('32', 930)])
print(list(d.items()))
d['x'] = 931
d['odtmeAy9zh'] = 932
d['main'] = 933
d['main'] = 934
print(list(d.items()))
d['port'] = 935
d['1tkzCX8cepb'] = 936
if '32' in d: del d['32']
print([k in d for k in ['1tkzCX8cepb', 'Cdwdz7', 'yimngBtgmuZ']])
d['main'] = 937
d.pop('retries', None)
d['prerelease'] = 938
d['YbcAb9'] = 939
print(d.popitem() if d else None)
print(list(d.items()))
d['lib'] = 940
d['mode'] = 941
d['tZx1uk'] = 942
if 'lib' in d: del d['lib']
d['odtmeAy9zh'] = 943
d['CgjdX8Bssba'] = 944
d['prerelease'] = 945
d['say "hi"'] = 946
d['y'] = 947
d.setdefault('main', 948)
print([k in d for k in ['blob', 'documentation_url', 'zjBi']])
d['CgjdX8Bssba'] = 949
print([k in d for k in ['body', 'Cdwdz7', 'id']])
d['documentation_url'] = 950
if 'new\nline' in d: del d['new\nline']
d['firmware'] = 951
print([k in d for k in ['odtmeAy9zh', 'ota']])
d['a0nzu'] = 952
d['main'] = 953
d['CgjdX8Bssba'] = 954
d.update({'sha': 955, 'CZYekugx': 956, 'name': 957, 'c': 958})
print([k in d for k in ['CgjdX8Bssba', 'ufy', 'odtmeAy9zh', 'Cdwdz7']])
d['XqhjZh'] = 959
d['a'] = 960
d = d | {'86A': 961, 'message': 962, ' ': 963, 'b': 964}
d['vnqyaleBa_g'] = 965
d = d.copy()
d.update([('4', 966), ('boot.py', 967)])
print(d.popitem() if d else None)
d['8wve7B'] = 968
d.pop('error', None)
d.pop('id', None)
d = d | {}
d['c'] = 969
print(list(d.items()))
print('# dict_str_22')
d = json.loads('{"8u1mj__X": 970, "sha": 971, "2": 972, "eyh7f": 973, "m2olpAhfd8": 974}')
print(list(d.items()))
d['8u1mj__X'] = 975
d['typY5CC'] = 976
d['oddzejzyqi'] = 977
d['txXrw24_'] = 978
if 'oddzejzyqi' in d: del d['oddzejzyqi']
d['8u1mj__X'] = 979
print(list(d.items()))
d['7'] = 980
d = d.copy()
d['Z3fhv'] = 981
d[' '] = 982
if 'sha' in d: del d['sha']
d['body'] = 983
print(list(d.items()))
d['snaC_p'] = 984
d |= {'lib': 985, 'ref': 986}
d['3Y'] = 987
d['Cb8fxY45vvk9'] = 988
d['draft'] = 989
d['ref'] = 990
d.update([('t6n5', 991), ('ota', 992), ('BmfdXxvrCx9o', 993)])
print([k in d for k in ['Z3fhv']])
print(d.popitem() if d else None)
if 'a' in d: del d['a']
d['zX_0ol'] = 994
d['boot.py'] = 995
print(d.popitem() if d else None)
d['we9am'] = 996
d['rm878XYdYc0'] = 997
if 'txXrw24_' in d: del d['txXrw24_']
d['pb2n'] = 998
print(d.popitem() if d else None)
d['published_at'] = 999
d.clear()
d['u23_Ym'] = 1000
d['status'] = 1001
print(list(d.items()))
d['published_at'] = 1002
d.update({'fwqB': 1003, 'file': 1004, 'y1nCcb_A': 1005, 'ea8rknuZabty': 1006, 'documentation_url': 1007, '\U0001f600': 1008})
if 'typY5CC' in d: del d['typY5CC']
d['m2olpAhfd8'] = 1009
if 'published_at' in d: del d['published_at']
d['zX_0ol'] = 1010
print(list(d.items()))
d['3'] = 1011
if '2' in d: del d['2']
d = d.copy()
if 'version' in d: del d['version']
d['back\\slash'] = 1012
d['cZl8CyC'] = 1013
print([k in d for k in ['BmfdXxvrCx9o', 'blob', '47YAzy5Xzp49', 'zX_0ol', 'ota', 'snaC_p']])
if 'cZl8CyC' in d: del d['cZl8CyC']
d['main'] = 1014
if 'y' in d: del d['y']
print(list(d.items()))
d.update({'draft': 1015})
if 'id' in d: del d['id']
if 'snaC_p' in d: del d['snaC_p']
d = d.copy()
print(list(d.items()))
d['sha1'] = 1016
if 'ls_Ab9qng' in d: del d['ls_Ab9qng']
if 'zX_0ol' in d: del d['zX_0ol']
d['size'] = 1017
print(list(d.items()))
if 'Cb8fxY45vvk9' in d: del d['Cb8fxY45vvk9']
print([k in d for k in ['ota', 'oddzejzyqi']])
d['sha256'] = 1018
d['x'] = 1019
print(d.popitem() if d else None)
d['error'] = 1020
if 'boot.py' in d: del d['boot.py']
d['size'] = 1021
if '7Ai63' in d: del d['7Ai63']
print([k in d for k in ['oddzejzyqi', 'tag_name', 'sha', 'm2olpAhfd8']])
d['published_at'] = 1022
d['size'] = 1023
if 'px2a3ozArAo' in d: del d['px2a3ozArAo']
d["it's"] = 1024
print(list(d.items()))
d['ota'] = 1025
d['cZl8CyC'] = 1026
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_str_23')
d = dict(path=1027, main=1028, truncated=1029, message=1030, ssid=1031, created_at=1032, b=1033)
print(list(d.items()))
d['becydgk9'] = 1034
print(list(d.items()))
d.clear()
d['BegiC'] = 1035
print(list(d.items()))
print([k in d for k in ['af15t']])
d.pop('becydgk9', None)
d.setdefault('password', 1036)
print(list(d.items()))
d['created_at'] = 1037
print(list(d.items()))
if 'path' in d: del d['path']
print(list(d.items()))
d['draft'] = 1038
print(d.popitem() if d else None)
d.setdefault('created_at', 1039)
d['2jY'] = 1040
print(list(d.items()))
d['BegiC'] = 1041
print(list(d.items()))
d = d | {}
d['hB17Yyq'] = 1042
d['sdwzj80gw'] = 1043
d['pme5waorcl'] = 1044
d.pop('tqt', None)
print(d.popitem() if d else None)
d.setdefault('6y2jsnyYgYnn', 1045)
d.clear()
if 'message' in d: del d['message']
d.pop('pme5waorcl', None)
if 'lib' in d: del d['lib']
d['password'] = 1046
d['firmware'] = 1047
print([k in d for k in ['password', 'message', 'dg5t']])
d['7Bx8'] = 1048
print(list(d.items()))
d['files'] = 1049
d['say "hi"'] = 1050
d['c'] = 1051
if 'c' in d: del d['c']
if 'pme5waorcl' in d: del d['pme5waorcl']
if '7Bx8' in d: del d['7Bx8']
d['sdwzj80gw'] = 1052
d['B'] = 1053
d['Version'] = 1054
if '2oY0dC07vr6c' in d: del d['2oY0dC07vr6c']
d['B'] = 1055
d['y'] = 1056
print(list(d.items()))
d['eu'] = 1057
d['6ggc6n2xxcq'] = 1058
print(d.popitem() if d else None)
print(list(d.items()))
print(d.popitem() if d else None)
d = d.copy()
if '2jY' in d: del d['2jY']
if 'created_at' in d: del d['created_at']
d = d | {'na\xefve': 1059, 'wtfAy1n': 1060}
d['t4qfmtXy'] = 1061
d['\U0001f600'] = 1062
print([k in d for k in ['c', 'firmware', 'password', 't4qfmtXy', 'B']])
d.setdefault('eu', 1063)
d[''] = 1064
print(list(d.items()))
print(list(d.items()))
if 'c' in d: del d['c']
d['v00r1cuX'] = 1065
print(list(d.items()))
print(d.popitem() if d else None)
d['mC90Ysz'] = 1066
d |= {'gZz3B': 1067, 'type': 1068}
d.update({'download_url': 1069, 'latest': 1070, 'boot.py': 1071})
d['download_url'] = 1072
if 'boot.py' in d: del d['boot.py']
d['sha'] = 1073
if 'file' in d: del d['file']
d = d | {'eB32X5': 1074, 'mode': 1075, 'tab\there': 1076, 'published_at': 1077}
d['pme5waorcl'] = 1078
d['rkm9'] = 1079
d = d.copy()
d.pop('created_at', None)
d['id'] = 1080
d['Version'] = 1081
d['t4qfmtXy'] = 1082
d['y'] = 1083
print(list(d.items()))
print('# dict_str_24')
d = dict(body=1084, error=1085, files=1086, sha256=1087)
print(list(d.items()))
d.update([('Version', 1088), ('70g6aj', 1089), ('main.py', 1090)])
if 'main.py' in d: del d['main.py']
d['70g6aj'] = 1091
d.setdefault('main.py', 1092)
d.clear()
print(d.popitem() if d else None)
d['html_url'] = 1093
if 'error' in d: del d['error']
print(d.popitem() if d else None)
d.pop('Version', None)
d['files'] = 1094
if 'files' in d: del d['files']
d['h9r'] = 1095
print(list(d.items()))
print(list(d.items()))
d['w'] = 1096
if '70g6aj' in d: del d['70g6aj']
print([k in d for k in ['body', '70g6aj', 'main.py', 'truncated']])
d.update({'Awul4c': 1097, 'url': 1098})
if 'url' in d: del d['url']
if 'html_url' in d: del d['html_url']
d['4nsgw8'] = 1099
if '4nsgw8' in d: del d['4nsgw8']
print(list(d.items()))
d['70g6aj'] = 1100
print(list(d.items()))
d.pop('body', None)
d['509ZkhbCC7u'] = 1101
d[''] = 1102
d['main.py'] = 1103
d.update([('r_et', 1104), ('_pf', 1105)])
if 'state' in d: del d['state']
d['4dxmm3up'] = 1106
d['draft'] = 1107
if 'state' in d: del d['state']
d['yX39'] = 1108
d['prerelease'] = 1109
if 'vwakz_uypak0' in d: del d['vwakz_uypak0']
print([k in d for k in ['html_url', 'url', '4dxmm3up', 'uoiB0A1']])
d.update([('prerelease', 1110)])
d |= {}
d['id'] = 1111
print(d.popitem() if d else None)
print(list(d.items()))
d['mtaY6fd_p'] = 1112
d.pop('509ZkhbCC7u', None)
d['message'] = 1113
d['message'] = 1114
print(list(d.items()))
print('# dict_str_25')
d = dict(zip(['main', 'timeout', '\U0001f600', 'tree', 'C2zxvZ1im', '8Zh6Y4k8Y7', 'browser_download_url'], [1115, 1116, 1117, 1118, 1119, 1120, 1121]))
print(list(d.items()))
d['main'] = 1122
d['C2zxvZ1im'] = 1123
if 'C2zxvZ1im' in d: del d['C2zxvZ1im']
d = d.copy()
d['main'] = 1124
d.pop('main', None)
if 'browser_download_url' in d: del d['browser_download_url']
if 'a' in d: del d['a']
d['C2zxvZ1im'] = 1125
d['a'] = 1126
d = d.copy()
d['7rv'] = 1127
if 'tree' in d: del d['tree']
d['body'] = 1128
print(list(d.items()))
d['lib/ota.py'] = 1129
d['timeout'] = 1130
d['sha256'] = 1131
print([k in d for k in ['sha256', 'sha256']])
if 'C2zxvZ1im' in d: del d['C2zxvZ1im']
print([k in d for k in ['C2zxvZ1im', '8Zh6Y4k8Y7', 'main', '7rv']])
print(list(d.items()))
d['7rv'] = 1132
d.pop('timeout', None)
d['version'] = 1133
if 'browser_download_url' in d: del d['browser_download_url']
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d |= {'browser_download_url': 1134, 'B': 1135, 'jj49n15': 1136, 'n5r_4d0f393w': 1137}
d.update([('6wBrblcym3w', 1138)])
d['documentation_url'] = 1139
print(list(d.items()))
d['99'] = 1140
d['lib/ota.py'] = 1141
print(list(d.items()))
if 'version' in d: del d['version']
d = d.copy()
d['state'] = 1142
d['lib/ota.py'] = 1143
d['qY2C'] = 1144
if 'version' in d: del d['version']
d['new\nline'] = 1145
d['\U0001f600'] = 1146
d['3jd2rd'] = 1147
d['html_url'] = 1148
d.setdefault('qY2C', 1149)
d['path'] = 1150
if 'timeout' in d: del d['timeout']
d['\xdf'] = 1151
d.pop('6wBrblcym3w', None)
print(list(d.items()))
print('# dict_str_26')
d = dict()
print(list(d.items()))
if 'blob' in d: del d['blob']
if 'ota' in d: del d['ota']
d.setdefault('9Cgwh3jc_g', 1152)
print(list(d.items()))
d['9Cgwh3jc_g'] = 1153
if '9Cgwh3jc_g' in d: del d['9Cgwh3jc_g']
d['boot.py'] = 1154
d['dir'] = 1155
if '9Cgwh3jc_g' in d: del d['9Cgwh3jc_g']
d['776n7qym'] = 1156
d['\u20acuro'] = 1157
if 'lib/ota.py' in d: del d['lib/ota.py']
print(list(d.items()))
d.pop('browser_download_url', None)
print(list(d.items()))
d = d.copy()
d.update([('say "hi"', 1158), ('\xe9', 1159)])
d.update([('sha256', 1160), ('j', 1161), ('Yio895', 1162), ('tag_name', 1163), ('commit', 1164)])
d['truncated'] = 1165
print(list(d.items()))
d['sha1'] = 1166
d['vosfAp0dc45'] = 1167
if '9Cgwh3jc_g' in d: del d['9Cgwh3jc_g']
print([k in d for k in ['\u20acuro', '\u20acuro', 'Yio895', '8m_yZo', 'draft']])
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_str_27')
d = {'browser_download_url': 1168, 'oegoi74dn71': 1169, '5edq96B0xCg': 1170, 'created_at': 1171, 'lib': 1172, 'sha1': 1173, 'wXhv5vnud': 1174, 'sha1': 1175}
print(list(d.items()))
if 'retries' in d: del d['retries']
print([k in d for k in ['wXhv5vnud', 'latest', 'browser_download_url']])
d['created_at'] = 1176
d.update({'tkX': 1177, 'kiou3Bf4q1': 1178})
d['BBgZxq8'] = 1179
d['sj74'] = 1180
d['encoding'] = 1181
d['encoding'] = 1182
d['Ykgu5X'] = 1183
d['j'] = 1184
d['sha256'] = 1185
print(list(d.items()))
d['dir'] = 1186
d['content'] = 1187
d['browser_download_url'] = 1188
d['browser_download_url'] = 1189
if 'sha1' in d: del d['sha1']
d['3eo4rxjzZ'] = 1190
if 'tkX' in d: del d['tkX']
d['s0'] = 1191
d['b'] = 1192
d['status'] = 1193
d['size'] = 1194
if 'encoding' in d: del d['encoding']
d.pop('sj74', None)
d['sha256'] = 1195
d['created_at'] = 1196
if 'j' in d: del d['j']
d['lib'] = 1197
if '3nfZjoi' in d: del d['3nfZjoi']
if 'q' in d: del d['q']
d['tkX'] = 1198
d['label'] = 1199
d['documentation_url'] = 1200
print(list(d.items()))
print('# dict_str_28')
d = _kw(download_url=1201, documentation_url=1202, sha=1203, main=1204, commit=1205, prerelease=1206, timeout=1207, browser_download_url=1208, type=1209)
print(list(d.items()))
if 'documentation_url' in d: del d['documentation_url']
d['nzmuko'] = 1210
d = d.copy()
d['message'] = 1211
d['sha'] = 1212
d['commit'] = 1213
if 'message' in d: del d['message']
if 'main' in d: del d['main']
if 'nzmuko' in d: del d['nzmuko']
d['version'] = 1214
d.update({'Z04YgA6t': 1215, 'port': 1216, '1': 1217})
d.clear()
d['truncated'] = 1218
print(list(d.items()))
d['type'] = 1219
d['timeout'] = 1220
if 'type' in d: del d['type']
print(list(d.items()))
print(list(d.items()))
d['b'] = 1221
d['retries'] = 1222
d['1'] = 1223
if 'nzmuko' in d: del d['nzmuko']
if '1' in d: del d['1']
d['pdn5w712h'] = 1224
d['g0t4_Aw7'] = 1225
d['type'] = 1226
d['boot.py'] = 1227
d['content'] = 1228
d['files'] = 1229
d['ssid'] = 1230
d['files'] = 1231
d['commit'] = 1232
d = d.copy()
d['frakZ__C5k6l'] = 1233
print(list(d.items()))
d['lib/ota.py'] = 1234
print([k in d for k in ['new\nline', 'content', 'boot.py']])
d['message'] = 1235
d.update([('ip8XgZ51ab', 1236), ('wBrj6bBj', 1237), ('c', 1238)])
if 'firmware' in d: del d['firmware']
d.update({'y': 1239, '9hY9': 1240, 'mode': 1241, 'ref': 1242})
print(list(d.items()))
if '1' in d: del d['1']
d['g3gd3v7m4yd'] = 1243
d['yd73_qrmk8r'] = 1244
print([k in d for k in ['pdn5w712h', 'sha', 'tab\there', 'mode', 'g0t4_Aw7']])
d.pop('password', None)
d['file'] = 1245
d['_45d5r5k2tp'] = 1246
d['Ck'] = 1247
d['type'] = 1248
print(d.popitem() if d else None)
if 'truncated' in d: del d['truncated']
print([k in d for k in ['files', 'ota']])
d['v4vme_'] = 1249
d['\xe9'] = 1250
if '\U0001f600' in d: del d['\U0001f600']
d['nl6'] = 1251
if 'boot.py' in d: del d['boot.py']
print(list(d.items()))
d['assets'] = 1252
d['sha1'] = 1253
d['password'] = 1254
d[''] = 1255
d['timeout'] = 1256
d['c'] = 1257
print([k in d for k in ['truncated']])
d.pop('mode', None)
d.update({'main': 1258, '8f_71nety5nb': 1259, '': 1260, 'path': 1261, 'lib': 1262, 'r79B': 1263})
d.pop('version', None)
if 'truncated' in d: del d['truncated']
d.update({'sha256': 1264, 'message': 1265, 'l': 1266, 'mfj': 1267, 'sha': 1268})
if 'message' in d: del d['message']
d.setdefault('main', 1269)
print([k in d for k in ['vpk72A9v95', 'truncated', 'c']])
d['boot.py'] = 1270
d['c'] = 1271
d['x'] = 1272
d.setdefault('timeout', 1273)
print(list(d.items()))
d['bqnimki1'] = 1274
d['label'] = 1275
print([k in d for k in ['1', 'wBrj6bBj', 'v4vme_', 'commit', 'lib']])
d['file'] = 1276
d['cXf'] = 1277
d['browser_download_url'] = 1278
d['id'] = 1279
print(list(d.items()))
print(list(d.items()))
print('# dict_str_29')
d = dict([('browser_download_url', 1280), ('size', 1281), ('node_id', 1282)])
print(list(d.items()))
if 'browser_download_url' in d: del d['browser_download_url']
d.setdefault('Version', 1283)
d['\U0001f600'] = 1284
d['\U0001f600'] = 1285
if 'node_id' in d: del d['node_id']
d['Version'] = 1286
d['mpi8c03Y30w'] = 1287
print([k in d for k in ['size', 'file', '\U0001f600']])
d['5ybf'] = 1288
d['zbX1k4'] = 1289
d = d.copy()
if '\xdf' in d: del d['\xdf']
d['Z1Z0vnvjlzf5'] = 1290
if '5ijpYfib3Xw_' in d: del d['5ijpYfib3Xw_']
d['na\xefve'] = 1291
d[''] = 1292
print(list(d.items()))
d['1'] = 1293
print(d.popitem() if d else None)
d['ybjqenasc'] = 1294
d['draft'] = 1295
d.update({'dir': 1296, 'port': 1297, 'tree': 1298, 'jzi4A6w_Y8': 1299})
if 'browser_download_url' in d: del d['browser_download_url']
d = d | {'main.py': 1300, 'bm61Bc30u': 1301, 'sha256': 1302, 'xz5dvf7w1t': 1303}
if 'Version' in d: del d['Version']
d.setdefault('Z1Z0vnvjlzf5', 1304)
if 'zbX1k4' in d: del d['zbX1k4']
d['w2dzvkz0'] = 1305
d |= {'message': 1306, 'tag_name': 1307, '67YXbtY': 1308}
print([k in d for k in ['twud6dlf', '', 'port', '1', 'ybjqenasc', 'tree']])
d |= {'a': 1309}
d |= {'ZAnt9A': 1310, 'iyXwC': 1311, '2qAj': 1312, 'ref': 1313}
d.setdefault('pccgdyBrXA', 1314)
if '1' in d: del d['1']
d['Xo'] = 1315
d['caf\xe9'] = 1316
d['truncated'] = 1317
print(list(d.items()))
d['created_at'] = 1318
d['reXf2rrsg'] = 1319
if '\u20acuro' in d: del d['\u20acuro']
d['omfw5c3X'] = 1320
print(list(d.items()))
