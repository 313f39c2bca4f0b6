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
print('# ordered_0')
d = OrderedDict([('2zw6', 7055), ('l_7XazkzZ_mv', 7056), ('ota', 7057), ('1uy', 7058), ('c', 7059)])
print(list(d.items()))
d['b'] = 7060
d['pujZ2qhXe'] = 7061
if 'pujZ2qhXe' in d: del d['pujZ2qhXe']
d['main.py'] = 7062
d['created_at'] = 7063
d.setdefault('pujddu', 7064)
d['x'] = 7065
d['label'] = 7066
d['status'] = 7067
d['XczBsib'] = 7068
d['bhd7e6uvi'] = 7069
if 'l_7XazkzZ_mv' in d: del d['l_7XazkzZ_mv']
d.setdefault('b', 7070)
d['iZx'] = 7071
if 'iZx' in d: del d['iZx']
print(list(d.items()))
d['state'] = 7072
print(d.popitem() if d else None)
d = d.copy()
d['z040sk'] = 7073
print(d.popitem() if d else None)
if 'l_7XazkzZ_mv' in d: del d['l_7XazkzZ_mv']
d['published_at'] = 7074
if 'state' in d: del d['state']
print(list(d.items()))
d['created_at'] = 7075
d['czeazxy_'] = 7076
d['_'] = 7077
if 'iZx' in d: del d['iZx']
d['ZBsh'] = 7078
d['a'] = 7079
d = d.copy()
print(list(d.items()))
if 'created_at' in d: del d['created_at']
d['\xe9'] = 7080
d['body'] = 7081
print(list(d.items()))
if 'status' in d: del d['status']
print(d.popitem() if d else None)
print(list(d.items()))
print('# ordered_1')
d = OrderedDict([])
d[29] = 7082
d[52] = 7083
d[51] = 7084
d[8] = 7085
d[65] = 7086
if 65 in d: del d[65]
d[-1073741824] = 7087
print(list(d.items()))
d[64] = 7088
d = d.copy()
print(list(d.items()))
print(d.popitem() if d else None)
d[64] = 7089
if -1073741824 in d: del d[-1073741824]
print(d.popitem() if d else None)
d[65] = 7090
d[-16] = 7091
d[7] = 7092
print(list(d.items()))
d.setdefault(2147483647, 7093)
print(d.popitem() if d else None)
d[83] = 7094
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[58] = 7095
d[-1073741825] = 7096
print(d.popitem() if d else None)
d[56] = 7097
d[81] = 7098
print(d.popitem() if d else None)
print(list(d.items()))
d[85] = 7099
d[-13] = 7100
d[82] = 7101
d = d.copy()
d = d.copy()
print(d.popitem() if d else None)
d[-2] = 7102
d[-2] = 7103
print(d.popitem() if d else None)
print(list(d.items()))
print('# ordered_2')
d = OrderedDict([(27, 7104), ('lib', 7105), ('password', 7106), (-161, 7107), ((48,), 7108), (-0.5, 7109)])
d[None] = 7110
print(list(d.items()))
print(d.popitem() if d else None)
if 27 in d: del d[27]
d[0] = 7111
d[731] = 7112
d[30] = 7113
d['commit'] = 7114
d[-2.25] = 7115
d[27] = 7116
print(d.popitem() if d else None)
d['Version'] = 7117
d['firmware'] = 7118
d[27.5] = 7119
d['sjXZjhB4dY'] = 7120
print(list(d.items()))
print(d.popitem() if d else None)
d[''] = 7121
print(d.popitem() if d else None)
print(d.popitem() if d else None)
if 27.5 in d: del d[27.5]
if None in d: del d[None]
if -2.25 in d: del d[-2.25]
d[b'ab'] = 7122
if 30 in d: del d[30]
d[29] = 7123
d[49] = 7124
d['ln'] = 7125
d[True] = 7126
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d['encoding'] = 7127
d[1] = 7128
d['39oz'] = 7129
print(list(d.items()))
print(list(d.items()))
d[1] = 7130
d[()] = 7131
d['qsfwhp3X'] = 7132
print(list(d.items()))
print('# ordered_3')
d = OrderedDict([('\u20acuro', 7133), ('tree', 7134), ('retries', 7135), ('say "hi"', 7136), ('3tCdjc', 7137), ('latest', 7138), ('content', 7139)])
print(list(d.items()))
if '3tCdjc' in d: del d['3tCdjc']
d['pi5qshfutems'] = 7140
if '3tCdjc' in d: del d['3tCdjc']
print(list(d.items()))
d['assets'] = 7141
print(list(d.items()))
d['truncated'] = 7142
if 'content' in d: del d['content']
if 'tree' in d: del d['tree']
if 'truncated' in d: del d['truncated']
d['error'] = 7143
print(d.popitem() if d else None)
d['dlf2Be5nZ'] = 7144
print(list(d.items()))
d['scnp6n'] = 7145
d['a'] = 7146
d = d.copy()
print(list(d.items()))
d['host'] = 7147
d.setdefault('n54Zvb', 7148)
d['name'] = 7149
d['\u20acuro'] = 7150
print(list(d.items()))
if 'error' in d: del d['error']
d.setdefault('', 7151)
print(list(d.items()))
print(list(d.items()))
d['kde_C2nAqbp'] = 7152
d['Ap'] = 7153
print(list(d.items()))
d['t_s0eAhY0'] = 7154
print(list(d.items()))
if 'say "hi"' in d: del d['say "hi"']
print(d.popitem() if d else None)
d = d.copy()
d['_t_ag'] = 7155
d['host'] = 7156
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print('# ordered_4')
d = OrderedDict([(67, 7157), (65535, 7158), (-4, 7159), (33, 7160), (2147483647, 7161), (94, 7162), (8, 7163)])
print(list(d.items()))
d.setdefault(31, 7164)
if 2147483647 in d: del d[2147483647]
d[1] = 7165
if 8 in d: del d[8]
print(list(d.items()))
print(d.popitem() if d else None)
d[27] = 7166
d.setdefault(-19, 7167)
if 1 in d: del d[1]
d[4] = 7168
d[70] = 7169
d[24] = 7170
if 27 in d: del d[27]
d.setdefault(1397, 7171)
d[1418] = 7172
print(d.popitem() if d else None)
if 33 in d: del d[33]
d[31] = 7173
d[68] = 7174
d[-542] = 7175
if 31 in d: del d[31]
print(list(d.items()))
d[25] = 7176
print(list(d.items()))
if 4 in d: del d[4]
d[12] = 7177
print(list(d.items()))
print(list(d.items()))
d[-17] = 7178
print(list(d.items()))
d[15] = 7179
print(list(d.items()))
d[65] = 7180
d[-3] = 7181
d[53] = 7182
d[-4] = 7183
d[-299] = 7184
d[-15] = 7185
d[-12] = 7186
print(list(d.items()))
print('# ordered_5')
d = OrderedDict([])
d['\u20acuro'] = 7187
d[11] = 7188
if '\u20acuro' in d: del d['\u20acuro']
if 11 in d: del d[11]
d[()] = 7189
d = d.copy()
d[81] = 7190
d[13.25] = 7191
d[46] = 7192
print(list(d.items()))
d['file'] = 7193
print(list(d.items()))
d[(-673,)] = 7194
print(d.popitem() if d else None)
d[45] = 7195
d['_wb710Bl'] = 7196
d[-1073741825] = 7197
d = d.copy()
d['66b'] = 7198
if '\u20acuro' in d: del d['\u20acuro']
d['encoding'] = 7199
print(list(d.items()))
if 13.25 in d: del d[13.25]
print(list(d.items()))
d[(2811, 58, -15)] = 7200
print(d.popitem() if d else None)
d = d.copy()
d.setdefault('y8o2ai1x', 7201)
print(list(d.items()))
d['fh3eg'] = 7202
if () in d: del d[()]
print(list(d.items()))
d[((22, 3631), 'yuaY')] = 7203
print(d.popitem() if d else None)
d[(4294967295, 'body')] = 7204
d[26] = 7205
d['password'] = 7206
d[1678] = 7207
d[('state', 'created_at')] = 7208
print(list(d.items()))
print(list(d.items()))
print('# ordered_6')
d = OrderedDict([('html_url', 7209), ('new\nline', 7210), ('host', 7211)])
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if 'host' in d: del d['host']
d[' '] = 7212
print(list(d.items()))
d['ssid'] = 7213
d['html_url'] = 7214
d['z7p2r5'] = 7215
print(list(d.items()))
print(d.popitem() if d else None)
d['port'] = 7216
d['ref'] = 7217
print(list(d.items()))
d['caf\xe9'] = 7218
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d['fbjp7'] = 7219
print(list(d.items()))
d['Cxpfog9mpro'] = 7220
print(list(d.items()))
d['f7spZc5jlft'] = 7221
d['6q2X1p1t'] = 7222
if 'port' in d: del d['port']
d['r08qB2kkay7z'] = 7223
d['nZkiXo0'] = 7224
print(d.popitem() if d else None)
d['html_url'] = 7225
d['file'] = 7226
d.setdefault('retries', 7227)
d['message'] = 7228
print(list(d.items()))
if 'host' in d: del d['host']
d['4p0ZgCZC9tb'] = 7229
d['dir'] = 7230
if 'dir' in d: del d['dir']
d['id'] = 7231
if 'host' in d: del d['host']
if 'caf\xe9' in d: del d['caf\xe9']
print(list(d.items()))
print('# ordered_7')
d = OrderedDict([(3777, 7232), (-1099511627773, 7233), (41, 7234)])
if 3777 in d: del d[3777]
print(list(d.items()))
print(d.popitem() if d else None)
d[86] = 7235
print(list(d.items()))
d[39] = 7236
print(list(d.items()))
print(d.popitem() if d else None)
d[-20] = 7237
print(d.popitem() if d else None)
if 39 in d: del d[39]
print(list(d.items()))
d[-2] = 7238
print(d.popitem() if d else None)
d[-20] = 7239
print(list(d.items()))
d[80] = 7240
print(list(d.items()))
print(d.popitem() if d else None)
d[-6] = 7241
d[65] = 7242
d.setdefault(36, 7243)
d[1812] = 7244
d[36] = 7245
d[32] = 7246
d[881] = 7247
print(list(d.items()))
print(list(d.items()))
if -2 in d: del d[-2]
d[-1] = 7248
print(list(d.items()))
d[-15] = 7249
if -1099511627773 in d: del d[-1099511627773]
d[-15] = 7250
if 1812 in d: del d[1812]
print(d.popitem() if d else None)
d[45] = 7251
d.setdefault(1099511627776, 7252)
d[46] = 7253
print(d.popitem() if d else None)
print(list(d.items()))
print('# ordered_8')
d = OrderedDict([(65536, 7254), ('j6Anx0op', 7255), ((89, 'c'), 7256), (43, 7257), (6.5, 7258), (44, 7259), (0.0, 7260)])
if (89, 'c') in d: del d[(89, 'c')]
if 6.5 in d: del d[6.5]
print(d.popitem() if d else None)
print(list(d.items()))
d[2756] = 7261
print(list(d.items()))
d['y'] = 7262
d[-20] = 7263
d[(695, 'dir')] = 7264
d['latest'] = 7265
d.setdefault('truncated', 7266)
d['port'] = 7267
d.setdefault(-32, 7268)
d[-2.75] = 7269
d.setdefault('kAuhY7n_', 7270)
d[52] = 7271
d[34] = 7272
d[27] = 7273
d['ab'] = 7274
d[70.25] = 7275
d['version'] = 7276
if 'y' in d: del d['y']
print(list(d.items()))
d[86] = 7277
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault('sha1', 7278)
if 0.0 in d: del d[0.0]
print(list(d.items()))
d.setdefault((572,), 7279)
print(list(d.items()))
d[-4] = 7280
d = d.copy()
d[(85,)] = 7281
print(d.popitem() if d else None)
if -4 in d: del d[-4]
d = d.copy()
d['tag_name'] = 7282
d[4294967295] = 7283
print(list(d.items()))
print(list(d.items()))
print('# ordered_9')
d = OrderedDict([])
d['ok'] = 7284
d['caf\xe9'] = 7285
d['browser_download_url'] = 7286
d = d.copy()
d['a'] = 7287
print(list(d.items()))
if 'a' in d: del d['a']
d['message'] = 7288
d['cpi7j'] = 7289
d['y'] = 7290
print(list(d.items()))
d['dir'] = 7291
d['uo3c9B8oBgq'] = 7292
d['content'] = 7293
d['kBrdvg'] = 7294
d['encoding'] = 7295
if 'encoding' in d: del d['encoding']
print(d.popitem() if d else None)
if 'dir' in d: del d['dir']
if 'dir' in d: del d['dir']
if 'dir' in d: del d['dir']
print(list(d.items()))
print(list(d.items()))
d['\xdf'] = 7296
d['encoding'] = 7297
print(list(d.items()))
d['dyuxY'] = 7298
if 'y' in d: del d['y']
print(list(d.items()))
d['password'] = 7299
d['files'] = 7300
if 'password' in d: del d['password']
print(list(d.items()))
d.setdefault('url', 7301)
print(list(d.items()))
if 'kBrdvg' in d: del d['kBrdvg']
if '\xdf' in d: del d['\xdf']
d.setdefault('\U0001f600', 7302)
d['vwBga67wYAX'] = 7303
d['6'] = 7304
print(list(d.items()))
print('# ordered_10')
d = OrderedDict([(-2, 7305), (-272, 7306), (93, 7307)])
d[85] = 7308
d[-65536] = 7309
print(d.popitem() if d else None)
d[-11] = 7310
if 93 in d: del d[93]
d[65536] = 7311
print(list(d.items()))
print(d.popitem() if d else None)
d[65535] = 7312
d[1073741824] = 7313
d[-5] = 7314
print(list(d.items()))
if 65535 in d: del d[65535]
d[40] = 7315
d[1] = 7316
print(list(d.items()))
if 85 in d: del d[85]
d.setdefault(-769, 7317)
print(list(d.items()))
print(list(d.items()))
d[22] = 7318
d[4] = 7319
print(list(d.items()))
if 93 in d: del d[93]
d[85] = 7320
if 65535 in d: del d[65535]
d[216] = 7321
d[-1073741825] = 7322
d[5] = 7323
if 85 in d: del d[85]
d[59] = 7324
d[14] = 7325
d[1722] = 7326
d[-65536] = 7327
if 22 in d: del d[22]
d = d.copy()
d[-19] = 7328
print(list(d.items()))
if -11 in d: del d[-11]
if -769 in d: del d[-769]
print(list(d.items()))
print('# ordered_11')
d = OrderedDict([('fm', 7329)])
d = d.copy()
d['y'] = 7330
d[(73, 'html_url')] = 7331
d[23] = 7332
print(list(d.items()))
if (73, 'html_url') in d: del d[(73, 'html_url')]
d[66] = 7333
print(list(d.items()))
d[27] = 7334
print(list(d.items()))
if 'y' in d: del d['y']
d['na\xefve'] = 7335
d[-10] = 7336
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault('x', 7337)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[-11] = 7338
print(list(d.items()))
print(list(d.items()))
if 27 in d: del d[27]
d['tree'] = 7339
print(list(d.items()))
if 'x' in d: del d['x']
if (73, 'html_url') in d: del d[(73, 'html_url')]
if 'x' in d: del d['x']
print(list(d.items()))
d.setdefault(-11, 7340)
if 66 in d: del d[66]
d[19] = 7341
print(d.popitem() if d else None)
if 19 in d: del d[19]
d[1.5] = 7342
print(list(d.items()))
d[(-20,)] = 7343
d['id'] = 7344
if (-20,) in d: del d[(-20,)]
d['blob'] = 7345
print(list(d.items()))
