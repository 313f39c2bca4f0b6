import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# ordered_0')
d = OrderedDict([('tag_name', 7073), ('prerelease', 7074), ('igY', 7075), ('g', 7076), ('h011gcphy4', 7077), ('tot', 7078)])
print(d.popitem() if d else None)
if 'igY' in d: del d['igY']
d['Cxfs'] = 7079
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d['documentation_url'] = 7080
d['mode'] = 7081
print(list(d.items()))
if 'documentation_url' in d: del d['documentation_url']
d['qAt_a'] = 7082
d['retries'] = 7083
d.setdefault('browser_download_url', 7084)
print(list(d.items()))
d = d.copy()
d['56'] = 7085
if '56' in d: del d['56']
d = d.copy()
d = d.copy()
d['qZnAXpq'] = 7086
if '56' in d: del d['56']
d['port'] = 7087
print(list(d.items()))
d['Cx5cXpz_7xe'] = 7088
print(list(d.items()))
d['id'] = 7089
d['sha'] = 7090
d['0c'] = 7091
d['c'] = 7092
print(list(d.items()))
d["it's"] = 7093
if 'qAt_a' in d: del d['qAt_a']
print(d.popitem() if d else None)
d['blob'] = 7094
d['tag_name'] = 7095
print(list(d.items()))
print(list(d.items()))
d['c0t5qhcXx2'] = 7096
d['Z'] = 7097
print(list(d.items()))
print(list(d.items()))
print('# ordered_1')
d = OrderedDict([(80, 7098), (48, 7099), (-16, 7100)])
if -16 in d: del d[-16]
d[3368] = 7101
d.setdefault(-1, 7102)
d = d.copy()
print(list(d.items()))
d[53] = 7103
if 3368 in d: del d[3368]
d[68] = 7104
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if -16 in d: del d[-16]
if 48 in d: del d[48]
d[56] = 7105
d[-14] = 7106
print(d.popitem() if d else None)
print(list(d.items()))
d = d.copy()
if -16 in d: del d[-16]
d[-5] = 7107
d[-17] = 7108
print(d.popitem() if d else None)
d[13] = 7109
print(d.popitem() if d else None)
d[12] = 7110
d[22] = 7111
if 22 in d: del d[22]
d[35] = 7112
d[69] = 7113
d[-13] = 7114
d[18] = 7115
print(d.popitem() if d else None)
if 18 in d: del d[18]
d[-10] = 7116
d[6] = 7117
d[64] = 7118
if -14 in d: del d[-14]
print(list(d.items()))
d[3396] = 7119
if 22 in d: del d[22]
print(list(d.items()))
print('# ordered_2')
d = OrderedDict([('udkBohX4ul', 7120), (64, 7121)])
d[97] = 7122
d[-10] = 7123
d['a'] = 7124
d[True] = 7125
print(d.popitem() if d else None)
if 64 in d: del d[64]
d['a8c5_w'] = 7126
d[82] = 7127
if -10 in d: del d[-10]
if 'a8c5_w' in d: del d['a8c5_w']
d['html_url'] = 7128
d[64.0] = 7129
if 'html_url' in d: del d['html_url']
d['fncXw'] = 7130
if -10 in d: del d[-10]
d.setdefault('\U0001f600', 7131)
d['type'] = 7132
d[((-16, 901), 'path')] = 7133
print(list(d.items()))
d.setdefault('state', 7134)
d['say "hi"'] = 7135
d[21.25] = 7136
d['z4'] = 7137
d[14] = 7138
if 64.0 in d: del d[64.0]
d['size'] = 7139
d[61.75] = 7140
if -10 in d: del d[-10]
d[3627] = 7141
d[('_rij7jb8', '5cq3e')] = 7142
print(list(d.items()))
d[17] = 7143
d['truncated'] = 7144
d[(2147483648, '5Z7oxn')] = 7145
d[b'ab'] = 7146
if 97 in d: del d[97]
print(list(d.items()))
d[((13, 28), 'lyjrjt')] = 7147
print(list(d.items()))
if b'ab' in d: del d[b'ab']
print(list(d.items()))
print('# ordered_3')
d = OrderedDict([('state', 7148), ('firmware', 7149), ('draft', 7150), ('6tc1p', 7151)])
print(list(d.items()))
d['status'] = 7152
d['XuwlzqaXZ1cg'] = 7153
d['yt'] = 7154
d['ht8fi4nc'] = 7155
d['r1A'] = 7156
d['pdc3'] = 7157
print(list(d.items()))
d['lib/ota.py'] = 7158
d['tree'] = 7159
d = d.copy()
d["it's"] = 7160
d['Version'] = 7161
if 'firmware' in d: del d['firmware']
if 'firmware' in d: del d['firmware']
d = d.copy()
if 'yt' in d: del d['yt']
d['file'] = 7162
d['qksCvcphx'] = 7163
d['ptuambaA7'] = 7164
d['ffi6kZ6'] = 7165
d['ssid'] = 7166
d['lib'] = 7167
print(list(d.items()))
d.setdefault('o', 7168)
if 'lib' in d: del d['lib']
if 'draft' in d: del d['draft']
d['created_at'] = 7169
d['say "hi"'] = 7170
print(d.popitem() if d else None)
d.setdefault('4zv_je3Yijqx', 7171)
d = d.copy()
d['commit'] = 7172
d['c'] = 7173
print(list(d.items()))
d['_'] = 7174
print(list(d.items()))
d['timeout'] = 7175
d['version'] = 7176
d['Yr006ptgdb'] = 7177
print(list(d.items()))
print('# ordered_4')
d = OrderedDict([(4294967295, 7178), (7, 7179), (-18, 7180)])
print(d.popitem() if d else None)
d = d.copy()
d[56] = 7181
print(d.popitem() if d else None)
if 7 in d: del d[7]
print(list(d.items()))
print(list(d.items()))
d[6] = 7182
d[5] = 7183
print(list(d.items()))
print(list(d.items()))
d[-969] = 7184
print(list(d.items()))
d[98] = 7185
d[3] = 7186
d[10] = 7187
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[92] = 7188
d[18] = 7189
d[34] = 7190
print(list(d.items()))
print(list(d.items()))
d[98] = 7191
print(list(d.items()))
d[32] = 7192
d[36] = 7193
d[-3] = 7194
if -18 in d: del d[-18]
d = d.copy()
d[77] = 7195
print(list(d.items()))
d[-16] = 7196
print(list(d.items()))
d[1073741824] = 7197
print(d.popitem() if d else None)
if 32 in d: del d[32]
d[2867] = 7198
print(list(d.items()))
print(list(d.items()))
print('# ordered_5')
d = OrderedDict([('3bA', 7199), ('timeout', 7200), (70, 7201), (65535, 7202)])
d[50] = 7203
print(d.popitem() if d else None)
d['published_at'] = 7204
d[38] = 7205
print(d.popitem() if d else None)
d['w5966pra06'] = 7206
print(list(d.items()))
if 70 in d: del d[70]
if 'w5966pra06' in d: del d['w5966pra06']
d['\xdf'] = 7207
d['t1tgYpfesvnn'] = 7208
print(list(d.items()))
d['url'] = 7209
print(list(d.items()))
d.setdefault('VERSION', 7210)
d.setdefault(15, 7211)
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d[70.5] = 7212
print(list(d.items()))
if 't1tgYpfesvnn' in d: del d['t1tgYpfesvnn']
d['dir'] = 7213
d['port'] = 7214
d[25] = 7215
d[41.75] = 7216
d[('download_url', 'state')] = 7217
d['port'] = 7218
print(list(d.items()))
d['ab'] = 7219
d.setdefault('c', 7220)
d['bsy4Y807'] = 7221
if 'ab' in d: del d['ab']
d[52] = 7222
d['download_url'] = 7223
if 'published_at' in d: del d['published_at']
d[72] = 7224
d['lib/ota.py'] = 7225
if 41.75 in d: del d[41.75]
d[61] = 7226
print(list(d.items()))
print('# ordered_6')
d = OrderedDict([('mode', 7227), ('iZB50x8ur0g', 7228), ('download_url', 7229), ('version', 7230), ('boot.py', 7231), ('4d7A', 7232), ('truncated', 7233)])
d['5y2'] = 7234
d['XYaq'] = 7235
d = d.copy()
d['sbw'] = 7236
print(list(d.items()))
if 'sbw' in d: del d['sbw']
if 'download_url' in d: del d['download_url']
d = d.copy()
d = d.copy()
d['firmware'] = 7237
d['version'] = 7238
print(list(d.items()))
print(list(d.items()))
d['ref'] = 7239
d['id'] = 7240
d['XsmdBp4w1'] = 7241
d['ssid'] = 7242
print(list(d.items()))
if 'version' in d: del d['version']
d['z3Yz2'] = 7243
d['prrc_etdf'] = 7244
d['eA3mzC3X'] = 7245
d['ioonksvanv'] = 7246
if 'sbw' in d: del d['sbw']
d['rA5du1C'] = 7247
d['gXBiX'] = 7248
d['documentation_url'] = 7249
d['X'] = 7250
d['3Y6e53_vYq'] = 7251
print(d.popitem() if d else None)
print(list(d.items()))
d['yt5YZfxec'] = 7252
print(d.popitem() if d else None)
d['tree'] = 7253
d['download_url'] = 7254
d['93'] = 7255
d['encoding'] = 7256
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# ordered_7')
d = OrderedDict([(80, 7257), (1862, 7258)])
if 80 in d: del d[80]
if 1862 in d: del d[1862]
if 80 in d: del d[80]
d = d.copy()
print(list(d.items()))
d[32] = 7259
d[3159] = 7260
print(list(d.items()))
if 1862 in d: del d[1862]
d[23] = 7261
d[478] = 7262
if 1862 in d: del d[1862]
d[-2] = 7263
if 80 in d: del d[80]
print(list(d.items()))
print(list(d.items()))
d[-3] = 7264
d[1] = 7265
d[99] = 7266
d[76] = 7267
print(list(d.items()))
if 32 in d: del d[32]
print(list(d.items()))
print(d.popitem() if d else None)
if 32 in d: del d[32]
d[680] = 7268
print(list(d.items()))
print(list(d.items()))
if -3 in d: del d[-3]
print(list(d.items()))
d[9] = 7269
d[40] = 7270
d[-5] = 7271
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if -2 in d: del d[-2]
d[-58] = 7272
print(list(d.items()))
print('# ordered_8')
d = OrderedDict([('password', 7273), (4294967303, 7274)])
d[0] = 7275
if 4294967303 in d: del d[4294967303]
d["it's"] = 7276
if 0 in d: del d[0]
d[(6, 'iZ')] = 7277
d[b'ab'] = 7278
d['96a1az_Aex'] = 7279
if b'ab' in d: del d[b'ab']
d[57] = 7280
print(d.popitem() if d else None)
print(list(d.items()))
if 'password' in d: del d['password']
d['name'] = 7281
if '96a1az_Aex' in d: del d['96a1az_Aex']
if 'password' in d: del d['password']
d[49.0] = 7282
d[b''] = 7283
print(d.popitem() if d else None)
d['status'] = 7284
d['4Zt'] = 7285
d[73.25] = 7286
if "it's" in d: del d["it's"]
print(list(d.items()))
d['file'] = 7287
if 49.0 in d: del d[49.0]
if (6, 'iZ') in d: del d[(6, 'iZ')]
if b'' in d: del d[b'']
d[1787] = 7288
d[-1073741825] = 7289
d[1165] = 7290
if 'password' in d: del d['password']
d[34] = 7291
print(list(d.items()))
d['firmware'] = 7292
d[51.25] = 7293
d[((44, 2), 'retries')] = 7294
d[98] = 7295
if 0 in d: del d[0]
print(list(d.items()))
d.setdefault(((11, 36), 'files'), 7296)
print(list(d.items()))
print('# ordered_9')
d = OrderedDict([('e', 7297), ('ota', 7298), ('c', 7299), ('taoCvnw', 7300), ('tree', 7301), ('encoding', 7302)])
d['_pX_w0Zy'] = 7303
d['s5kBYykwa'] = 7304
if 's5kBYykwa' in d: del d['s5kBYykwa']
d['q3'] = 7305
d['8kev8r'] = 7306
print(list(d.items()))
d['ref'] = 7307
d = d.copy()
d['truncated'] = 7308
if 'ref' in d: del d['ref']
d['bgr'] = 7309
if '_pX_w0Zy' in d: del d['_pX_w0Zy']
print(d.popitem() if d else None)
d['c6Aqw'] = 7310
d['html_url'] = 7311
d['r'] = 7312
d['url'] = 7313
d['draft'] = 7314
print(list(d.items()))
d['version'] = 7315
d['sha256'] = 7316
d['68Znld6xl'] = 7317
print(d.popitem() if d else None)
d['149'] = 7318
d['draft'] = 7319
d.setdefault('error', 7320)
print(list(d.items()))
if 'r' in d: del d['r']
if '8kev8r' in d: del d['8kev8r']
d['4n23ucff'] = 7321
if '8kev8r' in d: del d['8kev8r']
print(list(d.items()))
print(list(d.items()))
d['tluYkY8'] = 7322
if 'ref' in d: del d['ref']
d = d.copy()
d['port'] = 7323
if 'port' in d: del d['port']
d['tree'] = 7324
d['pmstj4yh7qx'] = 7325
print(list(d.items()))
print('# ordered_10')
d = OrderedDict([(-5, 7326), (23, 7327), (3, 7328)])
d[28] = 7329
print(d.popitem() if d else None)
d[44] = 7330
print(list(d.items()))
if 3 in d: del d[3]
print(list(d.items()))
d[27] = 7331
d[84] = 7332
d.setdefault(57, 7333)
print(list(d.items()))
if 3 in d: del d[3]
d[95] = 7334
print(list(d.items()))
d = d.copy()
d[78] = 7335
d[33] = 7336
print(list(d.items()))
if -5 in d: del d[-5]
d[65535] = 7337
d[83] = 7338
d[81] = 7339
d[1099511627776] = 7340
d[30] = 7341
print(d.popitem() if d else None)
d[56] = 7342
d[2208] = 7343
d[34] = 7344
d[94] = 7345
if 81 in d: del d[81]
d[76] = 7346
d[16] = 7347
d[36] = 7348
d[11] = 7349
d[81] = 7350
if 56 in d: del d[56]
d[-15] = 7351
d[3796] = 7352
print(list(d.items()))
print(list(d.items()))
d[47] = 7353
print(list(d.items()))
print('# ordered_11')
d = OrderedDict([('B2hX', 7354), (-17.25, 7355), (True, 7356), (1073741823, 7357)])
d[(2734,)] = 7358
d[16] = 7359
if (2734,) in d: del d[(2734,)]
d['9m4g5tdf'] = 7360
if True in d: del d[True]
print(list(d.items()))
d['o21zBgv0'] = 7361
d = d.copy()
print(list(d.items()))
d[-20] = 7362
print(list(d.items()))
print(list(d.items()))
d.setdefault('y', 7363)
print(d.popitem() if d else None)
d[1.0] = 7364
d[1.0] = 7365
if '9m4g5tdf' in d: del d['9m4g5tdf']
d[37] = 7366
if 1.0 in d: del d[1.0]
print(list(d.items()))
d[8.25] = 7367
d['commit'] = 7368
if 16 in d: del d[16]
d['type'] = 7369
d[33] = 7370
d[85] = 7371
d['latest'] = 7372
d['dir'] = 7373
print(list(d.items()))
d[60] = 7374
print(list(d.items()))
d[14] = 7375
print(list(d.items()))
print(list(d.items()))
d[b'ab'] = 7376
d['size'] = 7377
d['retries'] = 7378
d[()] = 7379
d = d.copy()
d[False] = 7380
print(list(d.items()))
