import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_big_0')
d = {'96si2xc': 4955, 'caf\xe9': 4956, 'assets': 4957, 'tC9g11oaB8yl': 4958, 'latest': 4959, 'content': 4960, 'cchh6': 4961, 'tag_name': 4962, 'Version': 4963, 'encoding': 4964, 'C77Z1Ck': 4965}
print(list(d.items()))
d['status'] = 4966
d['96si2xc'] = 4967
d = d.copy()
d['size'] = 4968
d['commit'] = 4969
d['Version'] = 4970
d['Version'] = 4971
d['ck54B8nxpxw'] = 4972
print(list(d.items()))
d['C77Z1Ck'] = 4973
print(d.popitem() if d else None)
d['\u20acuro'] = 4974
d['x'] = 4975
d.pop('x', None)
d['Version'] = 4976
print(list(d.items()))
d.setdefault('assets', 4977)
d['html_url'] = 4978
d['Zk3dfk4b'] = 4979
d = d.copy()
d['e8bbh2'] = 4980
d['html_url'] = 4981
d['documentation_url'] = 4982
print(d.popitem() if d else None)
d['x'] = 4983
print(list(d.items()))
d['back\\slash'] = 4984
if 'Version' in d: del d['Version']
d['fsbdwjnq'] = 4985
print(list(d.items()))
d['x'] = 4986
print(list(d.items()))
d['dqdf'] = 4987
d['caf\xe9'] = 4988
if 'Version' in d: del d['Version']
d['xz'] = 4989
d['lznwcbn'] = 4990
d['sha256'] = 4991
d['content'] = 4992
d.pop('firmware', None)
d['kqx5gzsyBj'] = 4993
print(list(d.items()))
d.pop('html_url', None)
print(list(d.items()))
d['label'] = 4994
d['C77Z1Ck'] = 4995
print(list(d.items()))
d['\u20acuro'] = 4996
d['file'] = 4997
if 'size' in d: del d['size']
d['main'] = 4998
if 'Version' in d: del d['Version']
d['ck54B8nxpxw'] = 4999
print(list(d.items()))
d['id'] = 5000
d['Version'] = 5001
d['commit'] = 5002
print(d.popitem() if d else None)
d['name'] = 5003
d['dqdf'] = 5004
d['content'] = 5005
d['state'] = 5006
d |= {'cxuXAYe8sxdr': 5007, 'v9469j': 5008}
d['Version'] = 5009
print(list(d.items()))
d.update([('4Xc8hqh62', 5010), ('a', 5011), ('c', 5012), ('size', 5013), ('daX1', 5014)])
d.setdefault('Version', 5015)
if 'sha256' in d: del d['sha256']
d.pop('96si2xc', None)
print(list(d.items()))
d['ref'] = 5016
if 'latest' in d: del d['latest']
d['lib'] = 5017
d['created_at'] = 5018
d['back\\slash'] = 5019
d.pop('size', None)
if 'label' in d: del d['label']
d |= {}
d.pop('k9', None)
d['caf\xe9'] = 5020
if 'label' in d: del d['label']
if 'commit' in d: del d['commit']
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([('3Z', 5021), ('\xdf', 5022), ('xieb1mfBb9', 5023), ('name', 5024)])
d['host'] = 5025
print(list(d.items()))
if 'html_url' in d: del d['html_url']
d['download_url'] = 5026
d['files'] = 5027
print(list(d.items()))
if 'size' in d: del d['size']
d['label'] = 5028
d['content'] = 5029
d['mode'] = 5030
d['vbmegiviw9z'] = 5031
d['size'] = 5032
if 'Version' in d: del d['Version']
d.pop('file', None)
d['assets'] = 5033
print(list(d.items()))
d['published_at'] = 5034
d['Zk3dfk4b'] = 5035
d |= {'a': 5036, '2': 5037, 'ax1_Bg': 5038, '97qc': 5039}
d['0l4wBA7'] = 5040
d['main'] = 5041
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d['lib/ota.py'] = 5042
d |= {'Cd': 5043, 'Ahx': 5044, 'n9C': 5045}
print(list(d.items()))
if 'C77Z1Ck' in d: del d['C77Z1Ck']
d['ok'] = 5046
d['fsbdwjnq'] = 5047
d['Zk3dfk4b'] = 5048
d['error'] = 5049
if 'c' in d: del d['c']
d['xieb1mfBb9'] = 5050
if 'C77Z1Ck' in d: del d['C77Z1Ck']
print(list(d.items()))
d['a'] = 5051
print(list(d.items()))
d['Ao76gwsAhw1b'] = 5052
d['hg'] = 5053
d = d | {'3ZZXB9u': 5054, 't7': 5055, 'encoding': 5056}
d['reX'] = 5057
print(list(d.items()))
d['tag_name'] = 5058
d['timeout'] = 5059
d.update({'yo1rBCeeZ': 5060, 'qx3qkgiaY': 5061, 'firmware': 5062, 'qb9c61Ca6l': 5063, 'name': 5064, '\U0001f600': 5065})
print(list(d.items()))
if 'files' in d: del d['files']
d.pop('lznwcbn', None)
d['0l4wBA7'] = 5066
print(list(d.items()))
if '\u20acuro' in d: del d['\u20acuro']
print(list(d.items()))
d = d | {'6ywm8y2znwXi': 5067, 'x': 5068}
d['9rr'] = 5069
print(list(d.items()))
d['draft'] = 5070
d.pop('encoding', None)
d['documentation_url'] = 5071
d[''] = 5072
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['back\\slash'] = 5073
d['m9'] = 5074
print(list(d.items()))
d['host'] = 5075
d['09'] = 5076
d.pop('Zr61l1ZgzC', None)
print(list(d.items()))
d['boot.py'] = 5077
if 'timeout' in d: del d['timeout']
d.update({'boot.py': 5078, 'name': 5079, 'label': 5080})
d['say "hi"'] = 5081
d['aoebzsjo2lto'] = 5082
print(list(d.items()))
d['version'] = 5083
if 'cchh6' in d: del d['cchh6']
print(list(d.items()))
d['Version'] = 5084
print(list(d.items()))
if 'C77Z1Ck' in d: del d['C77Z1Ck']
d.setdefault('lib', 5085)
d['A_fl66z202Cd'] = 5086
d['v1.2.3'] = 5087
d.pop('g6f0rde', None)
d['mode'] = 5088
d['prerelease'] = 5089
d.update({'h8n4rnrAs': 5090, 'tag_name': 5091, 'mode': 5092, 'evX': 5093, 'x': 5094, 'created_at': 5095})
print(d.popitem() if d else None)
print(list(d.items()))
d['url'] = 5096
d['tag_name'] = 5097
print(d.popitem() if d else None)
d['mode'] = 5098
d.clear()
d['\u20acuro'] = 5099
d['fb'] = 5100
d['url'] = 5101
d['file'] = 5102
d.update({'assets': 5103, '7b': 5104, 'path': 5105, 's27w_7XhlyB': 5106, 'Cd': 5107, 'node_id': 5108})
d['html_url'] = 5109
d['BqvtXmo2'] = 5110
print(d.popitem() if d else None)
d.update({'lib': 5111, 'j2r5Bcyjd': 5112})
d['b'] = 5113
d['A_fl66z202Cd'] = 5114
if 'back\\slash' in d: del d['back\\slash']
d['omi'] = 5115
print(list(d.items()))
print(list(d.items()))
if 'rr' in d: del d['rr']
d.clear()
d['y'] = 5116
print(list(d.items()))
d['37Yf04a6e'] = 5117
d.setdefault('id', 5118)
d.update({'3esudw': 5119, '\xdf': 5120, '36a0': 5121, 'prerelease': 5122, '6h': 5123})
d['id'] = 5124
d['documentation_url'] = 5125
if '0l4wBA7' in d: del d['0l4wBA7']
d |= {}
if 'files' in d: del d['files']
d['a3l8'] = 5126
d['prerelease'] = 5127
d['p'] = 5128
d['gAYte4mi'] = 5129
if 'encoding' in d: del d['encoding']
print(list(d.items()))
if 'cchh6' in d: del d['cchh6']
d = d.copy()
d['lib'] = 5130
print(list(d.items()))
if 'tag_name' in d: del d['tag_name']
d['sgdX'] = 5131
print(list(d.items()))
print(list(d.items()))
d['gxqb1d'] = 5132
d['x'] = 5133
d['30aC1Z'] = 5134
d.setdefault('html_url', 5135)
print(list(d.items()))
print(list(d.items()))
d['files'] = 5136
d['node_id'] = 5137
print(list(d.items()))
print(d.popitem() if d else None)
d.update([('ota', 5138), ('iw7vr', 5139), ('tree', 5140), ('5nzx', 5141), ('ssid', 5142)])
d['latest'] = 5143
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
if 'tag_name' in d: del d['tag_name']
if 'back\\slash' in d: del d['back\\slash']
d['files'] = 5144
print(list(d.items()))
if 'p' in d: del d['p']
if 'lib/ota.py' in d: del d['lib/ota.py']
d['eYkx_8eXlZY'] = 5145
d['e4B9fggc6o'] = 5146
print(list(d.items()))
if 'size' in d: del d['size']
d['host'] = 5147
d['latest'] = 5148
print(list(d.items()))
d.pop('draft', None)
d['dir'] = 5149
d['3'] = 5150
print(list(d.items()))
d['timeout'] = 5151
d["it's"] = 5152
d['main'] = 5153
d.setdefault('html_url', 5154)
d.setdefault('files', 5155)
d['6Aiq'] = 5156
if 'main' in d: del d['main']
d = d | {' ': 5157}
d['tag_name'] = 5158
d.update({'error': 5159, 'ref': 5160, 'BskayntA': 5161, 'prerelease': 5162, 'retries': 5163})
if 'ssid' in d: del d['ssid']
d.setdefault('ref', 5164)
d['p98zrn'] = 5165
if '6BXl0dlu5vv' in d: del d['6BXl0dlu5vv']
d = d.copy()
d['\xdf'] = 5166
d.pop('Cgbuwwq51w8l', None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['tag_name'] = 5167
d['smyd8B'] = 5168
d['\xe9'] = 5169
print(list(d.items()))
if 'caf\xe9' in d: del d['caf\xe9']
print(list(d.items()))
if 'message' in d: del d['message']
if 'A_fl66z202Cd' in d: del d['A_fl66z202Cd']
d['Version'] = 5170
d['id'] = 5171
d.clear()
if 'Ao76gwsAhw1b' in d: del d['Ao76gwsAhw1b']
print(list(d.items()))
d.setdefault('x', 5172)
d['x3Z5l91nA_'] = 5173
d['message'] = 5174
d['1h'] = 5175
d.update([('wfji2c', 5176), ('status', 5177), ('browser_download_url', 5178), ('ota', 5179)])
if '96si2xc' in d: del d['96si2xc']
d['kqx5gzsyBj'] = 5180
if 'ssid' in d: del d['ssid']
d['Zao'] = 5181
if '\u20acuro' in d: del d['\u20acuro']
if 'iw7vr' in d: del d['iw7vr']
if 'node_id' in d: del d['node_id']
print(d.popitem() if d else None)
d['e88'] = 5182
d['documentation_url'] = 5183
print(list(d.items()))
d['e8bbh2'] = 5184
d['lib'] = 5185
d[' '] = 5186
d['sha256'] = 5187
d['\xe9'] = 5188
d['files'] = 5189
if 'Abgy52Cn' in d: del d['Abgy52Cn']
d['xa69YC1p'] = 5190
d.update([('ota', 5191), ('4', 5192), ('c', 5193), ('url', 5194), ('vzb_CzY', 5195)])
d['wv'] = 5196
d.pop('ref', None)
print(list(d.items()))
if 'documentation_url' in d: del d['documentation_url']
if 'A_fl66z202Cd' in d: del d['A_fl66z202Cd']
d['elefz8'] = 5197
print(list(d.items()))
d['content'] = 5198
d['ref'] = 5199
print(d.popitem() if d else None)
d['version'] = 5200
d.pop('url', None)
print(list(d.items()))
d['published_at'] = 5201
if 'ck54B8nxpxw' in d: del d['ck54B8nxpxw']
d['c'] = 5202
d['jd3fkymc'] = 5203
if '0l4wBA7' in d: del d['0l4wBA7']
if 'a3l8' in d: del d['a3l8']
d.setdefault('files', 5204)
if 'arZ2faA6' in d: del d['arZ2faA6']
print(d.popitem() if d else None)
d = d | {}
d['new\nline'] = 5205
d['path'] = 5206
if 'lib' in d: del d['lib']
d['ref'] = 5207
if '3Z' in d: del d['3Z']
print(list(d.items()))
d['encoding'] = 5208
if 'ck54B8nxpxw' in d: del d['ck54B8nxpxw']
d.pop('file', None)
if 'Version' in d: del d['Version']
d['ref'] = 5209
print(list(d.items()))
d['label'] = 5210
print(list(d.items()))
if 'lib' in d: del d['lib']
d['tree'] = 5211
if 'retries' in d: del d['retries']
d['Version'] = 5212
if 'prerelease' in d: del d['prerelease']
d.update([('message', 5213), ('password', 5214), ('lib', 5215), ('node_id', 5216), ('6mxiY0u849bc', 5217)])
d = d.copy()
d['c'] = 5218
d['published_at'] = 5219
d['browser_download_url'] = 5220
d['firmware'] = 5221
print(list(d.items()))
print(list(d.items()))
print('# dict_big_1')
d = {674: 5222, -5: 5223, 3982: 5224, -1180591620717411303429: 5225}
print(list(d.items()))
print(list(d.items()))
d[-1180591620717411303429] = 5226
d[65536] = 5227
d[65] = 5228
d[49] = 5229
d[-18] = 5230
d[26] = 5231
d.clear()
d.pop(86, None)
d[-18] = 5232
print(list(d.items()))
print(list(d.items()))
d = d | {}
if 26 in d: del d[26]
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
d.update([(-6, 5233)])
d[77] = 5234
d[12] = 5235
if -18 in d: del d[-18]
d[-65536] = 5236
d.setdefault(65536, 5237)
d.update([(-6, 5238), (83, 5239)])
d[39] = 5240
print(d.popitem() if d else None)
d.pop(-5, None)
d.pop(65, None)
d.update([(0, 5241), (11, 5242), (-6, 5243), (2508, 5244), (-888, 5245)])
d[75] = 5246
d[28] = 5247
d[22] = 5248
d.update([(-140, 5249), (3654, 5250), (81, 5251), (91, 5252)])
d[11] = 5253
d[35] = 5254
if -6 in d: del d[-6]
print(list(d.items()))
d.pop(33, None)
d[2] = 5255
d[-881] = 5256
d[-18] = 5257
d[65] = 5258
d[-1180591620717411303429] = 5259
if 81 in d: del d[81]
print(list(d.items()))
d[-1180591620717411303429] = 5260
print(list(d.items()))
d[77] = 5261
d[-10] = 5262
d[3988] = 5263
d[99] = 5264
if 65 in d: del d[65]
print(d.popitem() if d else None)
d = d.copy()
d[7] = 5265
d[1073741824] = 5266
if 65536 in d: del d[65536]
d[-1073741824] = 5267
d[2590] = 5268
d.update([(10, 5269), (67, 5270), (5, 5271)])
print(list(d.items()))
print(d.popitem() if d else None)
d[46] = 5272
d[-6] = 5273
print(list(d.items()))
d[28] = 5274
d |= {-12: 5275, 30: 5276}
d[49] = 5277
d[81] = 5278
d[2614] = 5279
d[19] = 5280
d[61] = 5281
d[2890] = 5282
d[73] = 5283
print(list(d.items()))
d[55] = 5284
d[65536] = 5285
d[21] = 5286
d[71] = 5287
d[74] = 5288
if 65536 in d: del d[65536]
print(list(d.items()))
d[73] = 5289
d[2] = 5290
d[67] = 5291
if 73 in d: del d[73]
d[79] = 5292
if 35 in d: del d[35]
d[65] = 5293
if 91 in d: del d[91]
d[24] = 5294
d.update([(10, 5295), (62, 5296), (63, 5297)])
d.update({78: 5298, 63: 5299})
if -6 in d: del d[-6]
d.pop(82, None)
d[48] = 5300
d[95] = 5301
d[981] = 5302
if 26 in d: del d[26]
d[39] = 5303
d[92] = 5304
d[3912] = 5305
d.update({29: 5306})
print(list(d.items()))
d.clear()
d = d.copy()
d.update({51: 5307, -12: 5308, 65535: 5309, 7: 5310, 40: 5311})
d[56] = 5312
d[99] = 5313
d[-8] = 5314
print(list(d.items()))
d[2444] = 5315
print(list(d.items()))
if 85 in d: del d[85]
d[73] = 5316
d.update([(47, 5317), (2538, 5318)])
if 3 in d: del d[3]
d = d | {87: 5319, -10: 5320}
d[41] = 5321
d[42] = 5322
d[10] = 5323
if 21 in d: del d[21]
d[-11] = 5324
d = d | {-11: 5325}
d[-8] = 5326
d[55] = 5327
print(list(d.items()))
print(list(d.items()))
d[-881] = 5328
print(list(d.items()))
d = d | {}
d[65] = 5329
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d[66] = 5330
print(list(d.items()))
d[3] = 5331
d[11] = 5332
d.pop(7, None)
d[192] = 5333
print(d.popitem() if d else None)
d[36] = 5334
if 67 in d: del d[67]
if 2034 in d: del d[2034]
if -918 in d: del d[-918]
print(list(d.items()))
d.update([(-5, 5335), (97, 5336), (81, 5337), (2147483648, 5338)])
d[88] = 5339
if 71 in d: del d[71]
d[2614] = 5340
d.setdefault(-18, 5341)
d[21] = 5342
d[35] = 5343
print(list(d.items()))
if 5 in d: del d[5]
d[3021] = 5344
d |= {34: 5345, 6: 5346, 18: 5347, 49: 5348}
d[-879] = 5349
d = d.copy()
if 49 in d: del d[49]
d[-881] = 5350
d[10] = 5351
d[33] = 5352
d[76] = 5353
d.update({62: 5354, 32: 5355, 1073741823: 5356, -1099511627773: 5357})
d[2670] = 5358
d[-20] = 5359
d[83] = 5360
d.setdefault(46, 5361)
d[39] = 5362
d[80] = 5363
d[9] = 5364
d.update({89: 5365, -307: 5366, 1073741824: 5367, -1099511627773: 5368})
print(list(d.items()))
d[37] = 5369
d[69] = 5370
if 192 in d: del d[192]
d[9] = 5371
d.update({43: 5372, 2147483647: 5373, 43: 5374, 8: 5375, 55: 5376})
d[79] = 5377
if 683 in d: del d[683]
d.pop(21, None)
d.pop(65536, None)
d.pop(65536, None)
print(d.popitem() if d else None)
d[-6] = 5378
d[50] = 5379
d.setdefault(2508, 5380)
d = d | {}
d[-4] = 5381
if 11 in d: del d[11]
d[4] = 5382
d[14] = 5383
d[-10] = 5384
d[18446744073709551617] = 5385
print(d.popitem() if d else None)
d.update([(2030, 5386), (44, 5387), (7, 5388), (82, 5389)])
print(list(d.items()))
d[2] = 5390
d[22] = 5391
print(list(d.items()))
d[4] = 5392
d.setdefault(22, 5393)
d[11] = 5394
print(list(d.items()))
d[-881] = 5395
d |= {2960: 5396, 0: 5397, 28: 5398, 97: 5399}
d[34] = 5400
d[-10] = 5401
print(list(d.items()))
d[29] = 5402
d[3] = 5403
d.pop(12, None)
if 74 in d: del d[74]
d[6] = 5404
d.pop(83, None)
d = d | {}
print(list(d.items()))
if -881 in d: del d[-881]
d = d | {-1099511627773: 5405}
print(d.popitem() if d else None)
d |= {}
d[24] = 5406
d[2154] = 5407
if 2 in d: del d[2]
if 88 in d: del d[88]
d.update([(73, 5408), (47, 5409), (77, 5410), (-5, 5411)])
if 77 in d: del d[77]
print(list(d.items()))
if 65 in d: del d[65]
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[54] = 5412
print(d.popitem() if d else None)
print(d.popitem() if d else None)
if 78 in d: del d[78]
print(list(d.items()))
d[60] = 5413
d[91] = 5414
d.update({-4: 5415, 47: 5416})
d.update([(35, 5417), (90, 5418), (2121, 5419), (-65536, 5420), (12, 5421)])
d[-16] = 5422
d[-307] = 5423
if 71 in d: del d[71]
d |= {-65536: 5424, 86: 5425}
print(list(d.items()))
d[97] = 5426
if 21 in d: del d[21]
if 77 in d: del d[77]
d[-344] = 5427
if 2538 in d: del d[2538]
print(list(d.items()))
d.update({2147483647: 5428, 1904: 5429})
d[73] = 5430
d = d | {61: 5431, -11: 5432, -1073741825: 5433, -1073741824: 5434}
d[83] = 5435
d[-726] = 5436
d[-19] = 5437
if 42 in d: del d[42]
d[22] = 5438
print(list(d.items()))
d.update([(21, 5439), (19, 5440), (-65536, 5441)])
d[42] = 5442
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault(-8, 5443)
d[83] = 5444
d.update({54: 5445})
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault(3982, 5446)
print(list(d.items()))
print(list(d.items()))
if 11 in d: del d[11]
print(list(d.items()))
if 17 in d: del d[17]
d = d.copy()
d[0] = 5447
d[7] = 5448
d = d | {-15: 5449, 81: 5450}
print(list(d.items()))
if 47 in d: del d[47]
if 3982 in d: del d[3982]
print(list(d.items()))
d.pop(-4, None)
if 66 in d: del d[66]
d[71] = 5451
d |= {2473: 5452, 65535: 5453, 9: 5454}
d[-734] = 5455
d.update([(2227, 5456), (-592, 5457)])
print(list(d.items()))
d[59] = 5458
d.pop(3, None)
d[67] = 5459
d.update([(45, 5460), (2, 5461), (-237, 5462)])
if 54 in d: del d[54]
print(d.popitem() if d else None)
d[8] = 5463
if 11 in d: del d[11]
if -881 in d: del d[-881]
print(d.popitem() if d else None)
if 59 in d: del d[59]
if 2147483648 in d: del d[2147483648]
d[36] = 5464
d[20] = 5465
d[-704] = 5466
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if 24 in d: del d[24]
if 42 in d: del d[42]
d.setdefault(27, 5467)
print(list(d.items()))
print(list(d.items()))
d[65536] = 5468
d.update({-948: 5469, 85: 5470})
print(d.popitem() if d else None)
d[35] = 5471
d[9] = 5472
d[2614] = 5473
print(list(d.items()))
print(list(d.items()))
d.setdefault(2494, 5474)
d[-18] = 5475
d[35] = 5476
if 12 in d: del d[12]
d[11] = 5477
if 59 in d: del d[59]
d[13] = 5478
if 76 in d: del d[76]
print(list(d.items()))
d[-5] = 5479
d = d.copy()
if -8 in d: del d[-8]
print(list(d.items()))
d[99] = 5480
d.update([(-9, 5481), (64, 5482)])
d.setdefault(-726, 5483)
if -10 in d: del d[-10]
if 48 in d: del d[48]
d[26] = 5484
print(list(d.items()))
print(d.popitem() if d else None)
d[926] = 5485
d[-5] = 5486
if 192 in d: del d[192]
d[-4] = 5487
print(list(d.items()))
d[63] = 5488
d.pop(35, None)
d[1658] = 5489
d[51] = 5490
d[81] = 5491
d[77] = 5492
if 20 in d: del d[20]
d = d.copy()
print(list(d.items()))
d[13] = 5493
print(list(d.items()))
d.pop(1099511627776, None)
d.pop(2, None)
d.setdefault(-1073741824, 5494)
d[-577] = 5495
d[8] = 5496
print(list(d.items()))
d[46] = 5497
d[22] = 5498
d[1073741824] = 5499
d.update({40: 5500, 4294967295: 5501, 55: 5502, 7: 5503, 70: 5504})
d[-19] = 5505
d[76] = 5506
d[8] = 5507
print(list(d.items()))
print(d.popitem() if d else None)
d[10] = 5508
d[69] = 5509
d[68] = 5510
d[1073741823] = 5511
d[31] = 5512
print(list(d.items()))
d = d.copy()
if 97 in d: del d[97]
d[-16] = 5513
d[2030] = 5514
d.update([(29, 5515), (63, 5516)])
if 81 in d: del d[81]
d[-9] = 5517
d[45] = 5518
if 76 in d: del d[76]
d[9] = 5519
d.update({2147483647: 5520, 81: 5521, 50: 5522, 62: 5523, 625: 5524, 23: 5525})
if 1099511627776 in d: del d[1099511627776]
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d.clear()
print(list(d.items()))
if 40 in d: del d[40]
d |= {2147483647: 5526, 78: 5527, 22: 5528, 2: 5529}
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[23] = 5530
print(list(d.items()))
if 65536 in d: del d[65536]
print(list(d.items()))
d[26] = 5531
d[19] = 5532
d.update([(3480, 5533), (-19, 5534), (27, 5535)])
print(list(d.items()))
d[11] = 5536
d.pop(-8, None)
d[-13] = 5537
print(list(d.items()))
if 70 in d: del d[70]
print(list(d.items()))
d[12] = 5538
print(list(d.items()))
if 99 in d: del d[99]
d.setdefault(50, 5539)
d[48] = 5540
d[5] = 5541
d[1547] = 5542
d.pop(85, None)
print(list(d.items()))
d[7] = 5543
d = d.copy()
d.setdefault(4294967295, 5544)
if -18 in d: del d[-18]
d[23] = 5545
d.pop(23, None)
d[2147483648] = 5546
d[-13] = 5547
d.setdefault(0, 5548)
print(list(d.items()))
d[64] = 5549
d.update({94: 5550, 77: 5551, 31: 5552, 30: 5553, 56: 5554, 18446744073709551617: 5555})
print(d.popitem() if d else None)
d[40] = 5556
print(list(d.items()))
d[65] = 5557
d[10] = 5558
d[35] = 5559
if 2154 in d: del d[2154]
print(list(d.items()))
d[21] = 5560
if 81 in d: del d[81]
if 39 in d: del d[39]
d[44] = 5561
d[65] = 5562
print(list(d.items()))
print(list(d.items()))
d[34] = 5563
d[5] = 5564
if 71 in d: del d[71]
d[82] = 5565
d[48] = 5566
d[-7] = 5567
print(list(d.items()))
d[31] = 5568
print(list(d.items()))
d[12] = 5569
print(d.popitem() if d else None)
print(list(d.items()))
d[-6] = 5570
d[-20] = 5571
d[14] = 5572
d[3] = 5573
print(d.popitem() if d else None)
d[-854] = 5574
d[13] = 5575
d.setdefault(0, 5576)
d.update({34: 5577, -13: 5578})
d[94] = 5579
print(list(d.items()))
d[65] = 5580
d[81] = 5581
if 12 in d: del d[12]
print(list(d.items()))
d[36] = 5582
d[2147483647] = 5583
print(list(d.items()))
print(list(d.items()))
d.update([(2, 5584), (4, 5585), (5, 5586)])
if 3982 in d: del d[3982]
if -8 in d: del d[-8]
d[10] = 5587
d[4] = 5588
d[37] = 5589
if 2754 in d: del d[2754]
d.pop(78, None)
if 55 in d: del d[55]
print(list(d.items()))
d.pop(45, None)
if 46 in d: del d[46]
d[-17] = 5590
d[16] = 5591
d.clear()
d[25] = 5592
d[20] = 5593
d[48] = 5594
if -13 in d: del d[-13]
if 3912 in d: del d[3912]
d.pop(-5, None)
d.update({15: 5595, 53: 5596, 27: 5597, 88: 5598, -1073741825: 5599, 11: 5600})
print(list(d.items()))
if 21 in d: del d[21]
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d[-550] = 5601
d[78] = 5602
d[11] = 5603
print(d.popitem() if d else None)
if -5 in d: del d[-5]
d[4294967303] = 5604
print(list(d.items()))
if 62 in d: del d[62]
if -13 in d: del d[-13]
print(list(d.items()))
d[63] = 5605
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[61] = 5606
print(list(d.items()))
d[3009] = 5607
d[59] = 5608
if 73 in d: del d[73]
d.setdefault(41, 5609)
print(list(d.items()))
d[51] = 5610
d[18] = 5611
d[-9] = 5612
d = d | {92: 5613, 64: 5614}
if 73 in d: del d[73]
d.setdefault(32, 5615)
d[2227] = 5616
d[0] = 5617
d[-893] = 5618
d[3186] = 5619
print(list(d.items()))
d.setdefault(45, 5620)
d[3480] = 5621
d.clear()
d[30] = 5622
d.update([(-19, 5623), (984, 5624)])
d.pop(41, None)
print(list(d.items()))
if 37 in d: del d[37]
d.update({1617: 5625, 91: 5626, 94: 5627, 60: 5628, 84: 5629, 87: 5630})
d[49] = 5631
if -5 in d: del d[-5]
d[5] = 5632
d[1692] = 5633
d[87] = 5634
print(list(d.items()))
print(list(d.items()))
d.clear()
print(d.popitem() if d else None)
if -140 in d: del d[-140]
d[1296] = 5635
d[40] = 5636
d |= {-8: 5637, -133: 5638, 50: 5639, 21: 5640}
d[64] = 5641
if -1 in d: del d[-1]
d[2444] = 5642
d[54] = 5643
print(list(d.items()))
d[96] = 5644
d[53] = 5645
if 36 in d: del d[36]
print(list(d.items()))
d[34] = 5646
if 7 in d: del d[7]
d.update({4294967295: 5647, 65535: 5648, 21: 5649, 2451: 5650})
print(list(d.items()))
d.update({18446744073709551617: 5651, -361: 5652, -1099511627773: 5653, 68: 5654, 51: 5655})
d[-9] = 5656
d[-65536] = 5657
d.update([(1418, 5658)])
print(list(d.items()))
print(list(d.items()))
d[98] = 5659
d.setdefault(37, 5660)
print(list(d.items()))
print('# dict_big_2')
d = dict(zip([3103, -11, 58.75, -1073741825, 2544, 'sha1', 66], [5661, 5662, 5663, 5664, 5665, 5666, 5667]))
print(list(d.items()))
d[16] = 5668
d = d.copy()
d[b''] = 5669
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[84] = 5670
d[64.25] = 5671
d[59] = 5672
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d.update({'r3Xigb': 5673, (12, 'files'): 5674, 63.5: 5675, ('published_at', 'sha'): 5676, ((4294967295, 81), 'c_rb2m'): 5677, 2486: 5678})
d = d.copy()
print(list(d.items()))
d['retries'] = 5679
d.clear()
d[b''] = 5680
if 'c' in d: del d['c']
d[37.25] = 5681
d[2544] = 5682
print(list(d.items()))
d[(-19, 'ikag_j0wj9m')] = 5683
d[(10, 'v1.2.3')] = 5684
d['ql7h1'] = 5685
d['draft'] = 5686
if 69.0 in d: del d[69.0]
if 'im5' in d: del d['im5']
print(list(d.items()))
d['av35oau'] = 5687
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d.clear()
print(list(d.items()))
d['name'] = 5688
d[(-19, 'ikag_j0wj9m')] = 5689
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d.update({(64,): 5690, 'password': 5691, 395: 5692})
print(list(d.items()))
d[3103] = 5693
print(list(d.items()))
d['u'] = 5694
d.pop(9.75, None)
print(list(d.items()))
d[('published_at', 'sha')] = 5695
d[True] = 5696
d[3103] = 5697
d['kba0e'] = 5698
print(list(d.items()))
d['jjY804g4pYf'] = 5699
print(list(d.items()))
if 59 in d: del d[59]
print(list(d.items()))
print(list(d.items()))
d |= {False: 5700, 1073741824: 5701, 61: 5702, 'ab': 5703}
d[84] = 5704
d[3103] = 5705
print(list(d.items()))
print(list(d.items()))
d.pop(63.5, None)
d.setdefault('retries', 5706)
d[-1] = 5707
d['timeout'] = 5708
d.pop('Znln', None)
d['timeout'] = 5709
d['Xd9gt'] = 5710
d['id'] = 5711
d['8eu_shwd4C'] = 5712
d.pop('name', None)
d['3u'] = 5713
d = d | {}
print(d.popitem() if d else None)
if 37.25 in d: del d[37.25]
print(d.popitem() if d else None)
d['message'] = 5714
print(list(d.items()))
print(list(d.items()))
d['tab\there'] = 5715
print(list(d.items()))
if (71,) in d: del d[(71,)]
if '8eu_shwd4C' in d: del d['8eu_shwd4C']
d.update({(-14, 2813, 62): 5716, 11.75: 5717, 0: 5718, 'r_Zx563': 5719, 88: 5720})
print(list(d.items()))
if 'Xd9gt' in d: del d['Xd9gt']
d[-4] = 5721
d['bmefk15vjmks'] = 5722
d['body'] = 5723
d[-11] = 5724
d['8orvklmpa7o'] = 5725
if 'y' in d: del d['y']
d.setdefault('uA', 5726)
d.update([(74, 5727), ('8jfpz', 5728), (91, 5729), (-12, 5730)])
d['a'] = 5731
print(list(d.items()))
d[37.25] = 5732
print(d.popitem() if d else None)
print(list(d.items()))
if 'kba0e' in d: del d['kba0e']
print(list(d.items()))
d[('kwbdv', 'url')] = 5733
d[' '] = 5734
if 'password' in d: del d['password']
d['ab'] = 5735
d[True] = 5736
if 14 in d: del d[14]
d['password'] = 5737
if ((4294967295, 81), 'c_rb2m') in d: del d[((4294967295, 81), 'c_rb2m')]
print(list(d.items()))
print(d.popitem() if d else None)
d.clear()
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[90] = 5738
d[' '] = 5739
d[66.0] = 5740
d['commit'] = 5741
d['dir'] = 5742
d['tag_name'] = 5743
d[2544] = 5744
d.update({99: 5745, 93: 5746})
if True in d: del d[True]
print(list(d.items()))
d = d.copy()
d[34] = 5747
d[('published_at', 'sha')] = 5748
d[79.0] = 5749
d[True] = 5750
d[31.0] = 5751
if 'Xd9gt' in d: del d['Xd9gt']
d[b''] = 5752
if 'jjY804g4pYf' in d: del d['jjY804g4pYf']
d['4lfwlsu'] = 5753
d = d.copy()
if 2544 in d: del d[2544]
print(list(d.items()))
print(list(d.items()))
d['latest'] = 5754
print(list(d.items()))
d[1] = 5755
if (385, 'ffu4X4B9x') in d: del d[(385, 'ffu4X4B9x')]
d[96] = 5756
d.setdefault('dir', 5757)
if (-19, 'ikag_j0wj9m') in d: del d[(-19, 'ikag_j0wj9m')]
d[84] = 5758
d['dir'] = 5759
d.update({20: 5760, 10.0: 5761, 11.5: 5762, 'o0Zdk': 5763})
d[(-1, 'vzYd5fYxhq')] = 5764
print(list(d.items()))
if 'boot.py' in d: del d['boot.py']
d['n23zekyqfxCC'] = 5765
print(list(d.items()))
d.setdefault('8jfpz', 5766)
print(list(d.items()))
d.update([(33, 5767), ('prerelease', 5768), ('8u', 5769), ('1s4eoXvx', 5770), (31, 5771)])
d['d3tucBbd'] = 5772
print(d.popitem() if d else None)
d[(10, 'v1.2.3')] = 5773
if 2486 in d: del d[2486]
d['Yc'] = 5774
d[((-10, 88), 'timeout')] = 5775
d['9Xyd9n'] = 5776
d[True] = 5777
d.update([('AdvuXb', 5778), (b'', 5779)])
print(list(d.items()))
print(d.popitem() if d else None)
d[75] = 5780
d.update([((89, '\u20acuro'), 5781), ('truncated', 5782), ('url', 5783), (-1180591620717411303429, 5784), (53, 5785)])
d[('published_at', 'sha')] = 5786
d['dir'] = 5787
print(list(d.items()))
d.setdefault((89, '\u20acuro'), 5788)
d.pop(('published_at', 'sha'), None)
if 3103 in d: del d[3103]
d.pop('timeout', None)
d[-2] = 5789
print(d.popitem() if d else None)
d[(12, 'files')] = 5790
d.setdefault('8u', 5791)
print(list(d.items()))
d[48.5] = 5792
d['dir'] = 5793
d[24] = 5794
print(list(d.items()))
if 53 in d: del d[53]
print(list(d.items()))
if ('published_at', 'sha') in d: del d[('published_at', 'sha')]
d['ab'] = 5795
d.clear()
if 'tab\there' in d: del d['tab\there']
if 'documentation_url' in d: del d['documentation_url']
d[79] = 5796
if 'password' in d: del d['password']
if 93 in d: del d[93]
if -1073741824 in d: del d[-1073741824]
if (10, 'v1.2.3') in d: del d[(10, 'v1.2.3')]
d['Xd9gt'] = 5797
d['password'] = 5798
if 'new\nline' in d: del d['new\nline']
d.update([(24.25, 5799), ('ab', 5800)])
print(list(d.items()))
if -14 in d: del d[-14]
d[-12] = 5801
print(list(d.items()))
if 395 in d: del d[395]
print(d.popitem() if d else None)
d.update([('vf76rpbmlwrA', 5802), (67, 5803), (False, 5804)])
d['sha256'] = 5805
d['commit'] = 5806
d['ab'] = 5807
d = d.copy()
d[31] = 5808
d[-9] = 5809
d[4294967295] = 5810
d[16] = 5811
d[' '] = 5812
d['dir'] = 5813
d.setdefault(59, 5814)
d.update({'error': 5815, ('sha', 'url'): 5816, 78: 5817, 'assets': 5818, 50.25: 5819, 'firmware': 5820})
print(list(d.items()))
d['kl7vwAvXk28'] = 5821
d[b''] = 5822
d.pop('label', None)
d[58] = 5823
print(list(d.items()))
d[43] = 5824
d['assets'] = 5825
d[-1.75] = 5826
print(list(d.items()))
d["it's"] = 5827
d.pop('ab', None)
d[60] = 5828
d[73] = 5829
if 'sha1' in d: del d['sha1']
d[2893] = 5830
d['created_at'] = 5831
d.update({((43, -445), 'y4'): 5832, (): 5833, 'ab': 5834, 32: 5835, 'body': 5836, 2375: 5837})
print(d.popitem() if d else None)
d['download_url'] = 5838
print(list(d.items()))
d[93] = 5839
d['timeout'] = 5840
d.setdefault('1s4eoXvx', 5841)
d['node_id'] = 5842
d[('dir', 'f6dwkmote')] = 5843
d.pop(3103, None)
print(d.popitem() if d else None)
d['lib'] = 5844
d.update([('files', 5845), (-20, 5846), ('jq81C9', 5847), ('2ZC', 5848)])
d[646] = 5849
d = d.copy()
d[91] = 5850
d['BpZpwj64pY'] = 5851
d['body'] = 5852
d.pop(53, None)
d['id'] = 5853
d['9sAxh0ck31'] = 5854
d.update({(15, 'assets'): 5855, 't8e': 5856})
d['ab'] = 5857
if 'password' in d: del d['password']
d[11.75] = 5858
d[10] = 5859
d[22.75] = 5860
d = d.copy()
if 'created_at' in d: del d['created_at']
print(list(d.items()))
d['av35oau'] = 5861
d[1.0] = 5862
d[(-1, 'vzYd5fYxhq')] = 5863
print(list(d.items()))
if 'b' in d: del d['b']
d['blob'] = 5864
d[57] = 5865
d[3573] = 5866
if 'zAqX44a_' in d: del d['zAqX44a_']
d['k4k2m5w97'] = 5867
d['documentation_url'] = 5868
d['Y'] = 5869
d[('ota', 'created_at')] = 5870
print(list(d.items()))
d[None] = 5871
print(list(d.items()))
d['nB'] = 5872
d[1] = 5873
d.clear()
print(list(d.items()))
d[b'ab'] = 5874
d['z'] = 5875
d['duf0g2A2Xh'] = 5876
print(list(d.items()))
if True in d: del d[True]
print(list(d.items()))
print(list(d.items()))
d[3651] = 5877
d[-11.25] = 5878
d[-1180591620717411303429] = 5879
if -11 in d: del d[-11]
d['8jfpz'] = 5880
d['qf_so39mn6y'] = 5881
if 'na\xefve' in d: del d['na\xefve']
print(d.popitem() if d else None)
d.setdefault('n23zekyqfxCC', 5882)
d[59] = 5883
print(list(d.items()))
d.update([(-12, 5884), (-8, 5885)])
print(list(d.items()))
d[-2.75] = 5886
if ('kwbdv', 'url') in d: del d[('kwbdv', 'url')]
print(list(d.items()))
if 'rvZ_Y_BCv' in d: del d['rvZ_Y_BCv']
d[18] = 5887
d = d | {(63, 'wZqzs0k6e'): 5888, 'draft': 5889, 94: 5890, b'ab': 5891}
if 2893 in d: del d[2893]
d[-3] = 5892
print(list(d.items()))
print('# dict_big_3')
d = dict.fromkeys(iter(['Bsmq', 'new\nline', 'mode', 'ilu1onyZp2oX', 'tree', 'a', 'ok']), 0)
print(list(d.items()))
d['files'] = 5900
print(list(d.items()))
d['a'] = 5901
d.update({'A1rjqcgw34': 5902, '803ft95l_m0i': 5903})
d['ok'] = 5904
d['host'] = 5905
d['Bsmq'] = 5906
d['q9jgbeueZvuY'] = 5907
d['blob'] = 5908
print(list(d.items()))
d['mode'] = 5909
d['a2xgacf'] = 5910
d['sha1'] = 5911
d.update({'body': 5912})
d['ok'] = 5913
d.update({'download_url': 5914, '': 5915})
d['browser_download_url'] = 5916
d = d | {}
d['tag_name'] = 5917
d['host'] = 5918
d['main.py'] = 5919
print(d.popitem() if d else None)
d['host'] = 5920
d['puy161c'] = 5921
d['download_url'] = 5922
print(list(d.items()))
d['6lX56z'] = 5923
if 'body' in d: del d['body']
d['main.py'] = 5924
d['a'] = 5925
if 'es1' in d: del d['es1']
d['sha1'] = 5926
print(d.popitem() if d else None)
d.pop('body', None)
d['blob'] = 5927
d['kob8c104zcd8'] = 5928
print(list(d.items()))
d['Z5'] = 5929
d['ilu1onyZp2oX'] = 5930
if 'mode' in d: del d['mode']
if 'a' in d: del d['a']
if 'tree' in d: del d['tree']
print(list(d.items()))
d['y'] = 5931
if 'host' in d: del d['host']
d['blob'] = 5932
d['mA7evZYa'] = 5933
d['timeout'] = 5934
print(d.popitem() if d else None)
d['sha1'] = 5935
d['pc0A2'] = 5936
d.update([('documentation_url', 5937), ('_a', 5938), ('qu0ju6', 5939), ('Cunr', 5940)])
d['ZkC0X'] = 5941
d['draft'] = 5942
d['1u1ird'] = 5943
d.setdefault('mA7evZYa', 5944)
d.update({'tfXZvm0cvdl': 5945})
d['back\\slash'] = 5946
d['g'] = 5947
d.setdefault('main.py', 5948)
d = d.copy()
if 'zkri8vXbu9p' in d: del d['zkri8vXbu9p']
if 'sct' in d: del d['sct']
d['name'] = 5949
d.update([('dir', 5950), ('type', 5951), ('ota', 5952), ('password', 5953), ('browser_download_url', 5954)])
print(list(d.items()))
d.update({'version': 5955, 'assets': 5956, 'caf\xe9': 5957, 'xC0XCq_BYdb4': 5958, 'assets': 5959, '_9Zl': 5960})
d['node_id'] = 5961
print(list(d.items()))
d['node_id'] = 5962
d.update([('state', 5963), ('riAzgso', 5964), ('ok', 5965), ('password', 5966), ('185vb94bs1s', 5967)])
d['tfn9k5dk'] = 5968
d['v1.2.3'] = 5969
d.pop('caf\xe9', None)
d['timeout'] = 5970
print(list(d.items()))
d['browser_download_url'] = 5971
print(list(d.items()))
d['sha1'] = 5972
d['body'] = 5973
d.update({'97qoA8c8Aktf': 5974})
print(list(d.items()))
d.update([('draft', 5975), ('error', 5976), ('jtgsgw', 5977)])
d['Cu_'] = 5978
d['password'] = 5979
d['tree'] = 5980
d['gg_v5m'] = 5981
d['truncated'] = 5982
print(d.popitem() if d else None)
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d['sha256'] = 5983
d['\u20acuro'] = 5984
d['prerelease'] = 5985
d['9u'] = 5986
d['main'] = 5987
print(d.popitem() if d else None)
d['mA7evZYa'] = 5988
d.pop('rsn0fafl', None)
d['6o65d_juvqz'] = 5989
if 'c' in d: del d['c']
print(list(d.items()))
d.pop('draft', None)
print(list(d.items()))
print(list(d.items()))
d['blob'] = 5990
d['Alhplm4jBh'] = 5991
d.pop('dy274wB', None)
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d['main.py'] = 5992
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
d['A1rjqcgw34'] = 5993
d['nbXew8X77'] = 5994
d['documentation_url'] = 5995
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d['mA7evZYa'] = 5996
print(list(d.items()))
d.clear()
d['wksBk'] = 5997
d.update([('prerelease', 5998), ('vg', 5999), ('Y', 6000)])
d.update([('v1.2.3', 6001), ('c', 6002)])
d['ok'] = 6003
print(list(d.items()))
d['\u20acuro'] = 6004
d['html_url'] = 6005
d.update({' ': 6006})
d['body'] = 6007
d.update([('yu5t4p', 6008), ('firmware', 6009), ('ref', 6010), ('latest', 6011)])
d['jCle'] = 6012
d['assets'] = 6013
d['node_id'] = 6014
d['na\xefve'] = 6015
d['tree'] = 6016
d.setdefault('dir', 6017)
if 'password' in d: del d['password']
print(list(d.items()))
d['gB_vdB80fj'] = 6018
d.setdefault('host', 6019)
d = d.copy()
print(d.popitem() if d else None)
print(list(d.items()))
d['password'] = 6020
d['a2xgacf'] = 6021
d['truncated'] = 6022
if 'content' in d: del d['content']
d['du37ir5kb6a'] = 6023
d['encoding'] = 6024
print(list(d.items()))
d['a'] = 6025
d['1CbBz6'] = 6026
d.update([('ref', 6027), ('lzvu9n', 6028), ('ref', 6029), ('_dohiXZpd', 6030), ('host', 6031)])
d['Xoicc'] = 6032
print(list(d.items()))
d |= {'prerelease': 6033, 'tag_name': 6034, 'port': 6035}
if 'main.py' in d: del d['main.py']
d['21q'] = 6036
d['Cu_'] = 6037
print(list(d.items()))
if 'dir' in d: del d['dir']
print(list(d.items()))
d['A1rjqcgw34'] = 6038
d.clear()
d['1'] = 6039
if 'host' in d: del d['host']
print(d.popitem() if d else None)
if 'assets' in d: del d['assets']
d['a'] = 6040
d.pop('tree', None)
d['prerelease'] = 6041
if 'prerelease' in d: del d['prerelease']
d['961CuB4tcA'] = 6042
d.pop('type', None)
print(list(d.items()))
d['0vdXknAcBA1t'] = 6043
d['5r'] = 6044
d['y'] = 6045
d.pop('documentation_url', None)
d.update({'lib': 6046, 'lib/ota.py': 6047})
d['published_at'] = 6048
d['commit'] = 6049
d.update({'o': 6050})
print(list(d.items()))
print(d.popitem() if d else None)
d['n5ti'] = 6051
print(list(d.items()))
print(d.popitem() if d else None)
d['encoding'] = 6052
if 'firmware' in d: del d['firmware']
d['Version'] = 6053
d['browser_download_url'] = 6054
d['3_Yny'] = 6055
if 'xC0XCq_BYdb4' in d: del d['xC0XCq_BYdb4']
if 'truncated' in d: del d['truncated']
d['jk5ky8b'] = 6056
d.update([('commit', 6057), ('a', 6058)])
print(list(d.items()))
print(list(d.items()))
d['c'] = 6059
if 'xC0XCq_BYdb4' in d: del d['xC0XCq_BYdb4']
print(list(d.items()))
d.pop('185vb94bs1s', None)
d['xA5b'] = 6060
print(list(d.items()))
d['5pb1'] = 6061
d['timeout'] = 6062
if 'Z_wuBmjACXdY' in d: del d['Z_wuBmjACXdY']
d['created_at'] = 6063
d = d.copy()
if '_dohiXZpd' in d: del d['_dohiXZpd']
d['created_at'] = 6064
d.update({'port': 6065, 'type': 6066, 'file': 6067, '9nla_1gc': 6068, 'v1.2.3': 6069})
d['7oZw8zYC9Yr'] = 6070
print(list(d.items()))
d.pop('error', None)
d['url'] = 6071
d = d.copy()
print(d.popitem() if d else None)
d['documentation_url'] = 6072
d['sha256'] = 6073
print(list(d.items()))
print(list(d.items()))
d.setdefault('blob', 6074)
if 'password' in d: del d['password']
print(list(d.items()))
d['back\\slash'] = 6075
d.update({'path': 6076, '375da3hZg6p': 6077, 'created_at': 6078})
d.pop('v1.2.3', None)
d['timeout'] = 6079
d['latest'] = 6080
d['gcfw9'] = 6081
if 'tfXZvm0cvdl' in d: del d['tfXZvm0cvdl']
if 'xC0XCq_BYdb4' in d: del d['xC0XCq_BYdb4']
print(d.popitem() if d else None)
d = d | {'x6euCA3': 6082, 'sha': 6083, 'message': 6084}
print(d.popitem() if d else None)
d['yqo'] = 6085
d.pop('firmware', None)
print(d.popitem() if d else None)
print(list(d.items()))
d['m1oaxq3wundt'] = 6086
d['3cmdsm44v6C'] = 6087
d['sha256'] = 6088
d['boot.py'] = 6089
d.pop('g', None)
d.pop('o', None)
print(list(d.items()))
d |= {'4w4zk': 6090}
d['sha1'] = 6091
d['m1v_3ub'] = 6092
d = d.copy()
d.update({'retries': 6093, 'na\xefve': 6094, 'version': 6095})
d['YoadupbaB'] = 6096
print(list(d.items()))
d['pd'] = 6097
print(d.popitem() if d else None)
d.update({'6021xYr0': 6098, 'prerelease': 6099, 'euwui1e': 6100, 'created_at': 6101, '1n18pa6qcXcs': 6102})
if 'a2xgacf' in d: del d['a2xgacf']
d['Version'] = 6103
d['latest'] = 6104
d['zvZfhnkA'] = 6105
d['mnhdsYakzc6'] = 6106
d['mode'] = 6107
if 'a' in d: del d['a']
d['ota'] = 6108
if 'timeout' in d: del d['timeout']
d['7oZw8zYC9Yr'] = 6109
d['files'] = 6110
print(list(d.items()))
d.update([('node_id', 6111), ('dir', 6112), ('d', 6113), ('documentation_url', 6114), ('8otg7YgfcX', 6115)])
d['b'] = 6116
d['21q'] = 6117
d['A1rjqcgw34'] = 6118
d['0g3ia'] = 6119
d.setdefault('1n18pa6qcXcs', 6120)
if '8pho1a' in d: del d['8pho1a']
d['gAo18te'] = 6121
d['blob'] = 6122
print(list(d.items()))
print(list(d.items()))
if 'host' in d: del d['host']
d['manp'] = 6123
d['blob'] = 6124
d['na\xefve'] = 6125
d['node_id'] = 6126
d['commit'] = 6127
print(list(d.items()))
d['blob'] = 6128
print(list(d.items()))
d['qq8g'] = 6129
d['5r'] = 6130
d['b'] = 6131
d.update({'port': 6132, 'yamBsj_q3': 6133, 'sha256': 6134, 'files': 6135, 'latest': 6136, 'blob': 6137})
d['fZvC'] = 6138
d['tlwl6'] = 6139
d['commit'] = 6140
if 'a__Y' in d: del d['a__Y']
d['back\\slash'] = 6141
d.setdefault('c', 6142)
d['status'] = 6143
print(list(d.items()))
print(list(d.items()))
d['Aluutbr'] = 6144
d["it's"] = 6145
d.pop('\u20acuro', None)
d['y'] = 6146
d['published_at'] = 6147
d['timeout'] = 6148
print(list(d.items()))
d['Yw3v5ua'] = 6149
d['password'] = 6150
d['id'] = 6151
d['y'] = 6152
d.update([('jwo2xxYdq', 6153), ('lib', 6154)])
d['0viC'] = 6155
d['375da3hZg6p'] = 6156
d['qA237q'] = 6157
d['k8jYfqj37'] = 6158
d['tab\there'] = 6159
d['browser_download_url'] = 6160
d.update({'': 6161, 'hfqY': 6162, 'status': 6163})
print(list(d.items()))
if 'download_url' in d: del d['download_url']
d['l6Yid'] = 6164
if 'node_id' in d: del d['node_id']
d.setdefault('main.py', 6165)
d['ew1jioupq5k'] = 6166
print(list(d.items()))
d.pop('prerelease', None)
d.update([('mode', 6167), ('assets', 6168), ('x', 6169), ('latest', 6170)])
if 'bk6sx411ib4Y' in d: del d['bk6sx411ib4Y']
d['back\\slash'] = 6171
print(list(d.items()))
d.update([('error', 6172)])
d.update([('Version', 6173)])
d.setdefault('a', 6174)
print(d.popitem() if d else None)
d['documentation_url'] = 6175
print(list(d.items()))
d.setdefault('tree', 6176)
d['caf\xe9'] = 6177
d.update([('Version', 6178), ('size', 6179)])
print(list(d.items()))
d['tag_name'] = 6180
d.setdefault('version', 6181)
d['documentation_url'] = 6182
print(d.popitem() if d else None)
d['y'] = 6183
d['g_d_64onom'] = 6184
d['sha1'] = 6185
d['commit'] = 6186
print(list(d.items()))
d['Yw3v5ua'] = 6187
print(d.popitem() if d else None)
d.update({'ky7lpZc7XC': 6188, 'download_url': 6189, 'created_at': 6190, 'draft': 6191, 'qfe4ti': 6192})
print(list(d.items()))
d['html_url'] = 6193
d.update([('prerelease', 6194)])
d['__'] = 6195
d = d | {}
d['An9ozC2n'] = 6196
d['retries'] = 6197
if '3_Yny' in d: del d['3_Yny']
print(list(d.items()))
if 'stw6k' in d: del d['stw6k']
d['x'] = 6198
d[''] = 6199
print(list(d.items()))
if 'host' in d: del d['host']
if 'An9ozC2n' in d: del d['An9ozC2n']
d['boot.py'] = 6200
d['a59_rn'] = 6201
d['qC_5d7y'] = 6202
d['node_id'] = 6203
d['error'] = 6204
d['bpi'] = 6205
d['ota'] = 6206
d['body'] = 6207
if 'tree' in d: del d['tree']
d['w3u_BuBgn'] = 6208
d.setdefault("it's", 6209)
d.clear()
d['gB_vdB80fj'] = 6210
print(list(d.items()))
d.clear()
d['fgBr8umiba'] = 6211
print(list(d.items()))
d['\xdf'] = 6212
print(list(d.items()))
d.setdefault('password', 6213)
d.pop('download_url', None)
d['c4c4elZ18'] = 6214
d['download_url'] = 6215
d.pop('1u1ird', None)
d['omj'] = 6216
print(d.popitem() if d else None)
d['version'] = 6217
d['new\nline'] = 6218
print(list(d.items()))
if 'status' in d: del d['status']
print(list(d.items()))
print(list(d.items()))
if 'du37ir5kb6a' in d: del d['du37ir5kb6a']
d['A'] = 6219
d['c'] = 6220
if 'zvZfhnkA' in d: del d['zvZfhnkA']
d['version'] = 6221
if 'k8jYfqj37' in d: del d['k8jYfqj37']
d['t4aft7b'] = 6222
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['password'] = 6223
d.setdefault('documentation_url', 6224)
d = d | {'name': 6225}
if 'x' in d: del d['x']
d['e_oAZnl3'] = 6226
print(list(d.items()))
d['version'] = 6227
d['truncated'] = 6228
print(list(d.items()))
d['wjr'] = 6229
d['body'] = 6230
d.pop('y', None)
d['ssid'] = 6231
print(list(d.items()))
print(list(d.items()))
d.update([('draft', 6232), ('latest', 6233)])
d.update({'y': 6234, 'browser_download_url': 6235})
d['ac2nwBZ32dY'] = 6236
if '5Brve4_qc4r' in d: del d['5Brve4_qc4r']
if 'created_at' in d: del d['created_at']
d.update([('Yb8s1z4fj5', 6237), ('27Bf04tecw', 6238), ('node_id', 6239)])
d = d.copy()
d = d.copy()
d['C6t'] = 6240
d['1'] = 6241
d['Yw3v5ua'] = 6242
d['say "hi"'] = 6243
d.update({'node_id': 6244, 'sha256': 6245, 'tab\there': 6246, 'published_at': 6247, 'assets': 6248, 'b': 6249})
d['error'] = 6250
d['yix9ihwdz5u'] = 6251
if 'x' in d: del d['x']
d.update([('id', 6252), ('aq9qspfXo', 6253), ('7cBAcB', 6254), ('Xkn', 6255), ('26yZ9477', 6256)])
print(list(d.items()))
d.update({'oAjfd4q': 6257, '\U0001f600': 6258, 'e8': 6259, 'type': 6260, 'jB': 6261, 'mode': 6262})
d['node_id'] = 6263
d.update([('c', 6264), ('lib/ota.py', 6265)])
print(list(d.items()))
print(list(d.items()))
d.update({'download_url': 6266, 'status': 6267, 'Xop8yqfrd0': 6268})
d['path'] = 6269
if 'password' in d: del d['password']
d['hxA'] = 6270
if 'firmware' in d: del d['firmware']
if 'tree' in d: del d['tree']
print(list(d.items()))
d['7cBAcB'] = 6271
d.pop('375da3hZg6p', None)
print(list(d.items()))
if '3Ckrf' in d: del d['3Ckrf']
d['3gv'] = 6272
print(list(d.items()))
if 'browser_download_url' in d: del d['browser_download_url']
if 'host' in d: del d['host']
if 'assets' in d: del d['assets']
d['file'] = 6273
if 'latest' in d: del d['latest']
if '3_Yny' in d: del d['3_Yny']
d['g'] = 6274
d['\u20acuro'] = 6275
if 'a' in d: del d['a']
d['published_at'] = 6276
d['error'] = 6277
d['tfY'] = 6278
print(list(d.items()))
d['ydz'] = 6279
d['new\nline'] = 6280
print(list(d.items()))
if 'bh8Xjor6vXB' in d: del d['bh8Xjor6vXB']
d['tag_name'] = 6281
d['assets'] = 6282
d = d.copy()
print(d.popitem() if d else None)
d = d.copy()
print(list(d.items()))
d['files'] = 6283
if 'host' in d: del d['host']
d['caf\xe9'] = 6284
d['back\\slash'] = 6285
d['version'] = 6286
if 'sha256' in d: del d['sha256']
print(d.popitem() if d else None)
d['cv1cyyge'] = 6287
d = d | {'sha': 6288}
if 'wv724ftB' in d: del d['wv724ftB']
d.clear()
d['lib'] = 6289
d['v1.2.3'] = 6290
d['osbd'] = 6291
d['port'] = 6292
d.clear()
d['ssid'] = 6293
d['boot.py'] = 6294
print(d.popitem() if d else None)
print(list(d.items()))
d['message'] = 6295
d['created_at'] = 6296
d.setdefault('1CbBz6', 6297)
d.update({'j8ydcmfqyg0B': 6298})
d['type'] = 6299
d['x6'] = 6300
d['6l48mw'] = 6301
d['tag_name'] = 6302
d['enYqc'] = 6303
d['lib/ota.py'] = 6304
if 'lib' in d: del d['lib']
if 'Aluutbr' in d: del d['Aluutbr']
d['twCte0o'] = 6305
d['port'] = 6306
d['tree'] = 6307
d = d.copy()
d[''] = 6308
print(d.popitem() if d else None)
if 'u' in d: del d['u']
d['port'] = 6309
d['_CAii9tabA'] = 6310
d['5e'] = 6311
print(list(d.items()))
d['assets'] = 6312
d['hCx8ob'] = 6313
d['Cx_y39a'] = 6314
d.update([('main', 6315)])
d['path'] = 6316
d = d.copy()
print(list(d.items()))
d['5BkpCC6stB'] = 6317
d['Bsmq'] = 6318
d |= {'ki5zh': 6319, 'f8t7hp6y': 6320, '8eAmed9': 6321}
d['main.py'] = 6322
d['sha'] = 6323
if 'ssid' in d: del d['ssid']
d['cv1cyyge'] = 6324
d['twCte0o'] = 6325
d['encoding'] = 6326
d['name'] = 6327
d['BBB3p3swor'] = 6328
print(list(d.items()))
d.update({'h': 6329, 'C41e': 6330})
d['18pwjcBm7407'] = 6331
d['\xdf'] = 6332
print(d.popitem() if d else None)
d['1u1ird'] = 6333
print(list(d.items()))
d['password'] = 6334
d['a'] = 6335
d['k8jYfqj37'] = 6336
d['id'] = 6337
d['body'] = 6338
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d['assets'] = 6339
d['body'] = 6340
print(list(d.items()))
print('# dict_big_4')
d = dict()
print(list(d.items()))
d.update({50: 6341, 62: 6342, -620: 6343, -1073741825: 6344, -12: 6345})
print(list(d.items()))
d[-1099511627773] = 6346
d.pop(62, None)
d[98] = 6347
if 13 in d: del d[13]
d.pop(-172, None)
print(d.popitem() if d else None)
d.update([(2911, 6348)])
d[-1] = 6349
if 2911 in d: del d[2911]
print(d.popitem() if d else None)
if 98 in d: del d[98]
d.update({33: 6350, 20: 6351})
print(list(d.items()))
d[-5] = 6352
d[46] = 6353
if 98 in d: del d[98]
print(list(d.items()))
if 2911 in d: del d[2911]
print(list(d.items()))
if 62 in d: del d[62]
if -1 in d: del d[-1]
print(list(d.items()))
print(list(d.items()))
if 2911 in d: del d[2911]
d[92] = 6354
print(list(d.items()))
if -1 in d: del d[-1]
d.update([(88, 6355), (65, 6356), (48, 6357), (16, 6358)])
d[16] = 6359
d = d.copy()
d[34] = 6360
print(list(d.items()))
d.pop(83, None)
d[80] = 6361
print(list(d.items()))
d[-12] = 6362
d.update({79: 6363, 38: 6364, 99: 6365, -2: 6366})
d.clear()
d.update([(49, 6367), (87, 6368), (3344, 6369), (15, 6370), (-8, 6371)])
d.update({25: 6372, 18446744073709551617: 6373, 98: 6374, 44: 6375, 50: 6376, 24: 6377})
d[85] = 6378
d[92] = 6379
d[60] = 6380
if -1073741825 in d: del d[-1073741825]
d = d | {51: 6381}
d[68] = 6382
if -8 in d: del d[-8]
d[-1] = 6383
d[62] = 6384
d.setdefault(87, 6385)
if 68 in d: del d[68]
d[23] = 6386
if 92 in d: del d[92]
d[49] = 6387
print(list(d.items()))
d.update([(-18, 6388), (1, 6389), (90, 6390), (65536, 6391), (1513, 6392)])
if 1 in d: del d[1]
d[-12] = 6393
d[50] = 6394
d.update({94: 6395, 12: 6396, 24: 6397, 28: 6398, 39: 6399, -19: 6400})
d[-5] = 6401
d[-2] = 6402
d[58] = 6403
d[93] = 6404
d[3084] = 6405
d[44] = 6406
d[30] = 6407
d.clear()
d.update({39: 6408})
print(list(d.items()))
d.clear()
print(list(d.items()))
d[54] = 6409
d.update([(96, 6410)])
print(d.popitem() if d else None)
if -1099511627773 in d: del d[-1099511627773]
d[40] = 6411
d[3861] = 6412
d[37] = 6413
d.pop(30, None)
print(d.popitem() if d else None)
d |= {-2: 6414, 32: 6415}
d[1] = 6416
d[-1] = 6417
print(list(d.items()))
print(list(d.items()))
if 20 in d: del d[20]
d.update({417: 6418, -7: 6419, 16: 6420})
if 89 in d: del d[89]
if 38 in d: del d[38]
d.update({76: 6421, 34: 6422})
d.setdefault(25, 6423)
d[-1073741825] = 6424
d.pop(48, None)
d.setdefault(68, 6425)
if -1073741824 in d: del d[-1073741824]
d[1716] = 6426
if 49 in d: del d[49]
d[27] = 6427
d.update([(-6, 6428), (1073741823, 6429), (71, 6430), (42, 6431), (78, 6432)])
d[634] = 6433
if 76 in d: del d[76]
d[98] = 6434
d[-17] = 6435
if 16 in d: del d[16]
if -12 in d: del d[-12]
d.setdefault(3861, 6436)
if 88 in d: del d[88]
print(list(d.items()))
d[59] = 6437
d[16] = 6438
if 93 in d: del d[93]
if -18 in d: del d[-18]
print(list(d.items()))
d[45] = 6439
d.pop(64, None)
d[50] = 6440
d[40] = 6441
if 96 in d: del d[96]
d.setdefault(-1, 6442)
d[60] = 6443
d[20] = 6444
d[237] = 6445
print(list(d.items()))
print(d.popitem() if d else None)
d[4294967303] = 6446
d.update({6: 6447})
d = d.copy()
d[72] = 6448
print(list(d.items()))
d[55] = 6449
d[12] = 6450
d[74] = 6451
print(list(d.items()))
d[34] = 6452
d[4294967303] = 6453
d.clear()
d[429] = 6454
print(list(d.items()))
if 3344 in d: del d[3344]
d[18446744073709551617] = 6455
d[32] = 6456
d[2827] = 6457
print(list(d.items()))
d[-1] = 6458
if -8 in d: del d[-8]
print(list(d.items()))
d[13] = 6459
d[-1073741825] = 6460
d[27] = 6461
d[1482] = 6462
print(list(d.items()))
d.update([(-564, 6463)])
d.pop(237, None)
d[69] = 6464
if 6 in d: del d[6]
d.pop(3344, None)
d[50] = 6465
d[58] = 6466
print(list(d.items()))
d[18446744073709551617] = 6467
print(list(d.items()))
d[-1099511627773] = 6468
d[-16] = 6469
print(list(d.items()))
print(d.popitem() if d else None)
d[-1] = 6470
d[12] = 6471
print(list(d.items()))
d[-12] = 6472
d[73] = 6473
d.update([(-6, 6474), (84, 6475), (95, 6476), (40, 6477), (24, 6478)])
print(list(d.items()))
d.pop(-6, None)
print(list(d.items()))
d[35] = 6479
d[-252] = 6480
d.update({58: 6481, 8: 6482})
d[-65536] = 6483
d[81] = 6484
d[6] = 6485
d.setdefault(28, 6486)
d[61] = 6487
print(list(d.items()))
d[51] = 6488
if 98 in d: del d[98]
d[81] = 6489
d[51] = 6490
print(list(d.items()))
d.pop(-112, None)
d[78] = 6491
d.update([(58, 6492)])
if 2147483647 in d: del d[2147483647]
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[-424] = 6493
d[94] = 6494
if 14 in d: del d[14]
d = d | {65: 6495, 1407: 6496, -6: 6497, -1180591620717411303429: 6498}
d.update({32: 6499, -20: 6500, -1180591620717411303429: 6501})
print(d.popitem() if d else None)
d.update({1099511627776: 6502, 24: 6503, 6: 6504, 18: 6505, 52: 6506, -18: 6507})
if -9 in d: del d[-9]
d.setdefault(30, 6508)
d[-10] = 6509
d[-16] = 6510
d[10] = 6511
d.pop(16, None)
d[35] = 6512
d[39] = 6513
d[-7] = 6514
if 92 in d: del d[92]
d[-65536] = 6515
d[-10] = 6516
d[-12] = 6517
if -16 in d: del d[-16]
d[-4] = 6518
print(list(d.items()))
d[1777] = 6519
print(list(d.items()))
d[159] = 6520
print(d.popitem() if d else None)
d[70] = 6521
print(d.popitem() if d else None)
d[98] = 6522
if -1099511627773 in d: del d[-1099511627773]
print(list(d.items()))
d[-8] = 6523
d[15] = 6524
d[-18] = 6525
print(d.popitem() if d else None)
d[4294967303] = 6526
d |= {4294967295: 6527}
d[96] = 6528
d[3479] = 6529
d = d | {76: 6530, 93: 6531, 76: 6532}
d[58] = 6533
d[1482] = 6534
if 25 in d: del d[25]
d.pop(-1073741825, None)
d[66] = 6535
print(d.popitem() if d else None)
d.update([(9, 6536), (73, 6537), (79, 6538), (43, 6539)])
d[89] = 6540
d |= {29: 6541}
print(list(d.items()))
d[54] = 6542
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d = d.copy()
d[43] = 6543
d[36] = 6544
d[-15] = 6545
d[97] = 6546
d[5] = 6547
d[39] = 6548
d.pop(-10, None)
d[7] = 6549
d = d | {13: 6550}
d = d | {52: 6551, 0: 6552, 2275: 6553}
print(list(d.items()))
d[45] = 6554
print(d.popitem() if d else None)
d[-5] = 6555
d[2518] = 6556
d.update([(-14, 6557), (80, 6558), (42, 6559), (70, 6560), (19, 6561)])
d.setdefault(42, 6562)
d[-5] = 6563
if 43 in d: del d[43]
d[35] = 6564
d[89] = 6565
print(list(d.items()))
d[237] = 6566
d.setdefault(-6, 6567)
d[82] = 6568
d.pop(1482, None)
print(list(d.items()))
d[79] = 6569
d[39] = 6570
d[3126] = 6571
d[73] = 6572
print(list(d.items()))
d[-4] = 6573
d |= {}
d.setdefault(32, 6574)
d.pop(-5, None)
d[42] = 6575
print(d.popitem() if d else None)
d[44] = 6576
d.update([(30, 6577), (97, 6578), (-2, 6579)])
d = d.copy()
d[51] = 6580
d[71] = 6581
d[1704] = 6582
d[12] = 6583
d[-343] = 6584
print(d.popitem() if d else None)
print(list(d.items()))
if 153 in d: del d[153]
d.update({70: 6585, 4: 6586, -10: 6587, 99: 6588, 95: 6589})
print(list(d.items()))
if 39 in d: del d[39]
d[92] = 6590
print(list(d.items()))
if 72 in d: del d[72]
if 89 in d: del d[89]
print(list(d.items()))
d[17] = 6591
d.update([(16, 6592), (7, 6593)])
if -1 in d: del d[-1]
d.pop(74, None)
if 89 in d: del d[89]
print(d.popitem() if d else None)
d = d.copy()
d[7] = 6594
print(list(d.items()))
d[5] = 6595
if 4 in d: del d[4]
d[3337] = 6596
d[65536] = 6597
if 95 in d: del d[95]
d[1424] = 6598
d[42] = 6599
d[43] = 6600
d[-772] = 6601
d[33] = 6602
d[-6] = 6603
if 72 in d: del d[72]
d.clear()
d = d.copy()
print(list(d.items()))
if -5 in d: del d[-5]
d.pop(73, None)
print(list(d.items()))
print('# dict_big_5')
d = {32.0: 6604}
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d.update({('mode', 'ok'): 6605, None: 6606, 48: 6607, None: 6608})
d['browser_download_url'] = 6609
d[48] = 6610
d['files'] = 6611
d.setdefault('browser_download_url', 6612)
d[-13.25] = 6613
d[29.0] = 6614
d['files'] = 6615
d['rf73raAdCBoc'] = 6616
d[-1.0] = 6617
d[31] = 6618
if -13.25 in d: del d[-13.25]
d.update({1: 6619, 'eXxzXi': 6620, 'bjmXrf': 6621, 73: 6622, 'timeout': 6623, b'ab': 6624})
d[b'version'] = 6625
if 'browser_download_url' in d: del d['browser_download_url']
d.update([(((-15, 1779), 'r0gx'), 6626), ('error', 6627)])
if 'Cl' in d: del d['Cl']
d.update({'url': 6628})
if 'bjmXrf' in d: del d['bjmXrf']
if 'rf73raAdCBoc' in d: del d['rf73raAdCBoc']
d[29.0] = 6629
d[((94, 82), 'crgXbb5C2X')] = 6630
d['b63fugj63'] = 6631
if 'body' in d: del d['body']
print(list(d.items()))
print(list(d.items()))
d[None] = 6632
if 1.0 in d: del d[1.0]
d[34] = 6633
d['url'] = 6634
d.update([(b'version', 6635), ('k2', 6636)])
if None in d: del d[None]
d['e3te4c5gYptl'] = 6637
print(d.popitem() if d else None)
d.update([('truncated', 6638), (False, 6639), (-16.0, 6640)])
d[-1073741824] = 6641
print(list(d.items()))
if b'' in d: del d[b'']
if -1073741824 in d: del d[-1073741824]
if 32.0 in d: del d[32.0]
d[29.0] = 6642
d.update({True: 6643, (): 6644, 'created_at': 6645, (99, 50, 38): 6646, (): 6647, None: 6648})
d.setdefault(-1073741824, 6649)
print(list(d.items()))
if 'e3te4c5gYptl' in d: del d['e3te4c5gYptl']
d[('mode', 'ok')] = 6650
d['_tnik2gwp6'] = 6651
if 'url' in d: del d['url']
d[b'ab'] = 6652
d[95] = 6653
d.pop(42, None)
d = d.copy()
d[71.75] = 6654
d[b'version'] = 6655
d[None] = 6656
d.update([(0, 6657)])
d[62] = 6658
d[42.25] = 6659
print(list(d.items()))
d[''] = 6660
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d['host'] = 6661
print(d.popitem() if d else None)
if -16.0 in d: del d[-16.0]
print(d.popitem() if d else None)
d[b'version'] = 6662
d.update([((37,), 6663), (71, 6664)])
d['files'] = 6665
d[-11] = 6666
d['ab'] = 6667
d[-10.75] = 6668
d[-13] = 6669
d.pop(66.25, None)
if 96 in d: del d[96]
d[10] = 6670
if 'n_9qwxnvZl8' in d: del d['n_9qwxnvZl8']
d.update({49: 6671, 'zjq': 6672})
d['html_url'] = 6673
if 'retries' in d: del d['retries']
d[47] = 6674
d[((-11, 3066), 'message')] = 6675
d['a'] = 6676
d = d | {}
d[-13.25] = 6677
print(list(d.items()))
print(list(d.items()))
d[-11.5] = 6678
d.pop(-13.25, None)
print(list(d.items()))
d.clear()
print(list(d.items()))
d[(82,)] = 6679
if b'version' in d: del d[b'version']
d[-13] = 6680
if 'a' in d: del d['a']
d[8] = 6681
if 4294967303 in d: del d[4294967303]
d[b'version'] = 6682
d[11] = 6683
d[93] = 6684
d.update({'label': 6685, 45: 6686, 'encoding': 6687, 61: 6688})
print(list(d.items()))
d[('Yh', 'prerelease')] = 6689
d.update({-3: 6690})
d[42.25] = 6691
d[(-7, 51, 85)] = 6692
d[(68, -1, 76)] = 6693
d[42.25] = 6694
d[2147483647] = 6695
d['kXxv'] = 6696
d['ia2rpznyx'] = 6697
print(list(d.items()))
d['3tmtluv60m'] = 6698
print(list(d.items()))
d.update({(): 6699, 48: 6700, (36, 19, -19): 6701, 69: 6702})
d.update([(42, 6703), ((68,), 6704), (-7, 6705), (96, 6706)])
d[b'version'] = 6707
print(list(d.items()))
print(list(d.items()))
if '31_eZ' in d: del d['31_eZ']
d.setdefault(11, 6708)
print(list(d.items()))
print(list(d.items()))
if False in d: del d[False]
d.setdefault(71, 6709)
d[()] = 6710
if b'ab' in d: del d[b'ab']
d.update([('1', 6711), ('c', 6712), (82, 6713), (-8, 6714)])
d[65535] = 6715
d.setdefault('error', 6716)
d[0] = 6717
d['a'] = 6718
d[0] = 6719
d[-3.75] = 6720
d[''] = 6721
d[-10] = 6722
d[29.0] = 6723
d[(48, '31X7x_jjY')] = 6724
d[('documentation_url', 'state')] = 6725
d.update([(0.0, 6726), (((55, -19), 'tag_name'), 6727), ('nquizwC', 6728), (12, 6729)])
d[b''] = 6730
d.update({56: 6731, 2.0: 6732, 'y': 6733, -17: 6734})
d[7] = 6735
d[43] = 6736
if -1073741824 in d: del d[-1073741824]
d[19.0] = 6737
d.pop(2.0, None)
print(d.popitem() if d else None)
d['B6ysl9Yf'] = 6738
if 48 in d: del d[48]
print(list(d.items()))
d[60.25] = 6739
d[(18446744073709551617, 36, 66)] = 6740
d[25] = 6741
d['sha1'] = 6742
d['_tnik2gwp6'] = 6743
d['ab'] = 6744
d.update([(5, 6745)])
d[(82,)] = 6746
print(list(d.items()))
print(list(d.items()))
d[62.0] = 6747
print(list(d.items()))
d[70] = 6748
d[1] = 6749
d[14.5] = 6750
d[False] = 6751
d['Z'] = 6752
d[64] = 6753
d[(20, 'sha256')] = 6754
d[42.25] = 6755
if 'B6ysl9Yf' in d: del d['B6ysl9Yf']
d[65535] = 6756
d['sCYeg69rf3b'] = 6757
d.update([(-15, 6758), (45, 6759), ((52, -16, 77), 6760)])
d['na\xefve'] = 6761
d[1] = 6762
if 'port' in d: del d['port']
d[48.75] = 6763
d['url'] = 6764
d[(18446744073709551617, 36, 66)] = 6765
d['3tmtluv60m'] = 6766
print(d.popitem() if d else None)
print(list(d.items()))
d[82] = 6767
d[53] = 6768
d.setdefault('cZ', 6769)
if -1073741824 in d: del d[-1073741824]
print(list(d.items()))
print(list(d.items()))
d.clear()
if 29 in d: del d[29]
d[True] = 6770
d[-16.0] = 6771
d['blob'] = 6772
print(list(d.items()))
d.update([('encoding', 6773), (b'', 6774), ('ota', 6775)])
d[(28, 'juhc')] = 6776
d[21] = 6777
d['VERSION'] = 6778
d[b''] = 6779
d['encoding'] = 6780
print(list(d.items()))
if -17 in d: del d[-17]
print(list(d.items()))
if 'jnAAYvzh' in d: del d['jnAAYvzh']
d['html_url'] = 6781
d['eXxzXi'] = 6782
print(d.popitem() if d else None)
d.update([('ab', 6783), ('download_url', 6784), (5, 6785), (1.0, 6786), ('ab', 6787)])
print(d.popitem() if d else None)
print(list(d.items()))
if -1.0 in d: del d[-1.0]
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.setdefault(-13.25, 6788)
print(d.popitem() if d else None)
d.pop(32.0, None)
d[-12] = 6789
d[(242, 'message')] = 6790
d[77] = 6791
d['tree'] = 6792
d['wy84yo27xge'] = 6793
print(list(d.items()))
d[None] = 6794
d[1432] = 6795
d[64] = 6796
d[True] = 6797
d[49] = 6798
d[-16.75] = 6799
d[(99, 50, 38)] = 6800
if 96 in d: del d[96]
print(d.popitem() if d else None)
d['u92xZ6f8b'] = 6801
d[('nmy', 'tree')] = 6802
print(d.popitem() if d else None)
print(list(d.items()))
d['status'] = 6803
d.update({89: 6804})
if 42.25 in d: del d[42.25]
d[True] = 6805
d['155f3s'] = 6806
if ('documentation_url', 'state') in d: del d[('documentation_url', 'state')]
if () in d: del d[()]
print(list(d.items()))
d[('id', 'browser_download_url')] = 6807
d.pop(b'version', None)
print(list(d.items()))
d['ok'] = 6808
print(list(d.items()))
print(d.popitem() if d else None)
if None in d: del d[None]
d['sha1'] = 6809
print(list(d.items()))
d['download_url'] = 6810
d[22] = 6811
d.pop((90, 'w79c9dyr'), None)
d[(37, 'v1.2.3')] = 6812
d[40] = 6813
print(list(d.items()))
d['browser_download_url'] = 6814
d[67] = 6815
d[-1099511627773] = 6816
d.update({'documentation_url': 6817})
d['kXxv'] = 6818
d[-8.75] = 6819
d.update([(((95, -9), 'x74B'), 6820), ('retries', 6821), ('faXC', 6822)])
d[(1746, 46, 17)] = 6823
d.update({-6: 6824})
d['download_url'] = 6825
d[11] = 6826
print(list(d.items()))
d[94] = 6827
if 67 in d: del d[67]
d[33.25] = 6828
if 53 in d: del d[53]
d[False] = 6829
print(list(d.items()))
print(d.popitem() if d else None)
d['odot4jn'] = 6830
if 'ota' in d: del d['ota']
d.pop('155f3s', None)
d[2514] = 6831
d.pop(True, None)
d[11] = 6832
print(list(d.items()))
if b'ab' in d: del d[b'ab']
d['sha1'] = 6833
d[67.75] = 6834
if (48, '31X7x_jjY') in d: del d[(48, '31X7x_jjY')]
print(d.popitem() if d else None)
d[50] = 6835
print(list(d.items()))
d[(904,)] = 6836
if 74 in d: del d[74]
d['uZfdln3bvzx'] = 6837
d['XqAx'] = 6838
if 3080 in d: del d[3080]
d = d.copy()
d.setdefault(49, 6839)
d[('documentation_url', 'state')] = 6840
if ((-15, 1779), 'r0gx') in d: del d[((-15, 1779), 'r0gx')]
d.update({'encoding': 6841, (): 6842, '95z7ito': 6843, 80: 6844})
print(list(d.items()))
d[71] = 6845
d[1.0] = 6846
print(list(d.items()))
d[((-13, 63), 'eaXgC5')] = 6847
print(list(d.items()))
if -20 in d: del d[-20]
d.update([(3089, 6848), ((), 6849), ('sha1', 6850)])
d.update({'latest': 6851, 14: 6852})
d[None] = 6853
d[47] = 6854
d['port'] = 6855
print(list(d.items()))
d[48] = 6856
d.update([('jnraCh9', 6857), (14, 6858), ('aCaA', 6859), (b'version', 6860), ('size', 6861)])
print(d.popitem() if d else None)
d[False] = 6862
d[(1965,)] = 6863
print(list(d.items()))
print(list(d.items()))
d.update({'m61lh4v102': 6864, 86: 6865, 'ref': 6866, '\xe9': 6867, 'lib': 6868, 1: 6869})
d.update({1.0: 6870, 10.0: 6871, 13: 6872, 86: 6873, 62: 6874})
d['tree'] = 6875
d['file'] = 6876
d.pop((), None)
d[23] = 6877
d[91] = 6878
d[33] = 6879
if 42.25 in d: del d[42.25]
print(list(d.items()))
d[42.25] = 6880
d = d.copy()
d[64.25] = 6881
print(list(d.items()))
if 'label' in d: del d['label']
d['faXC'] = 6882
d[2147483647] = 6883
d.update({'main': 6884, 'draft': 6885, b'': 6886, ('prerelease', 'id'): 6887})
d['sha1'] = 6888
if -3 in d: del d[-3]
d['u'] = 6889
print(d.popitem() if d else None)
print(list(d.items()))
d[()] = 6890
print(list(d.items()))
d.clear()
d.pop(71.75, None)
print(list(d.items()))
d['_tnik2gwp6'] = 6891
d['Yiucuhncol1i'] = 6892
d[(44, 'path')] = 6893
print(list(d.items()))
d[0] = 6894
print(list(d.items()))
d = d | {24: 6895, 952: 6896, 0: 6897}
d[False] = 6898
d[52.25] = 6899
d.update([('blob', 6900), ('u_r48xnaiZ', 6901), ((25,), 6902)])
if None in d: del d[None]
d[1.0] = 6903
d['zjq'] = 6904
d.setdefault((9,), 6905)
print(list(d.items()))
d[-20] = 6906
d['fm2Zj6yn'] = 6907
d.update({False: 6908, 70: 6909, 'tp4iZs0c': 6910, (-9, 'qZ2Ynm'): 6911, -12.75: 6912, 'latest': 6913})
d.setdefault(70, 6914)
d['oxy'] = 6915
print(list(d.items()))
print(list(d.items()))
if () in d: del d[()]
print(d.popitem() if d else None)
d[-3000000000.0] = 6916
if -13 in d: del d[-13]
print(list(d.items()))
d[71] = 6917
d['Yyrr15kYk'] = 6918
if 2147483647 in d: del d[2147483647]
d[48] = 6919
d.update([('timeout', 6920), ('j', 6921)])
d.pop(86, None)
if 'ab' in d: del d['ab']
d[b'ab'] = 6922
d[b''] = 6923
if 3370 in d: del d[3370]
if 'files' in d: del d['files']
d['body'] = 6924
d[-3] = 6925
d[((97, 29), 'message')] = 6926
d['status'] = 6927
d[6.0] = 6928
d = d | {'tab\there': 6929}
print(list(d.items()))
d[((588, 1430), 'lib')] = 6930
d.pop(95, None)
d[81] = 6931
d.pop(-11.5, None)
d['y8k'] = 6932
d['download_url'] = 6933
d['ab'] = 6934
d.clear()
print(list(d.items()))
if b'version' in d: del d[b'version']
d[0] = 6935
d[True] = 6936
if 94 in d: del d[94]
print(list(d.items()))
if 'main' in d: del d['main']
d[34.5] = 6937
d[69] = 6938
if 'ref' in d: del d['ref']
d[b''] = 6939
print(list(d.items()))
if 'ota' in d: del d['ota']
d[b'ab'] = 6940
if 62 in d: del d[62]
if 11 in d: del d[11]
if b'ab' in d: del d[b'ab']
d[84] = 6941
if ('documentation_url', 'state') in d: del d[('documentation_url', 'state')]
if -1073741824 in d: del d[-1073741824]
d |= {-11: 6942, '27aX59ki': 6943, 30: 6944, 50: 6945}
d[-18] = 6946
d['download_url'] = 6947
if '4k9zsC185Az' in d: del d['4k9zsC185Az']
print(list(d.items()))
d['58suvrBtz'] = 6948
print(list(d.items()))
d['sha1'] = 6949
print(list(d.items()))
d[-558] = 6950
d.setdefault('sCYeg69rf3b', 6951)
if 'ota' in d: del d['ota']
d['x8l1i0v'] = 6952
print(list(d.items()))
d[((-13, 63), 'eaXgC5')] = 6953
d['tp0'] = 6954
d[1.0] = 6955
d[72.0] = 6956
if 0.0 in d: del d[0.0]
d['id'] = 6957
print(list(d.items()))
d[32.5] = 6958
d[96] = 6959
d.update({30: 6960, 44: 6961, None: 6962})
d['X6'] = 6963
d[True] = 6964
if (52, -16, 77) in d: del d[(52, -16, 77)]
print(list(d.items()))
d[-466] = 6965
print(list(d.items()))
d.update([('html_url', 6966), (b'', 6967), (-19, 6968), ('i3j', 6969)])
d['back\\slash'] = 6970
d['Xoglir_A'] = 6971
d[b''] = 6972
d[b'ab'] = 6973
d['password'] = 6974
if 'ab' in d: del d['ab']
d = d | {89: 6975}
print(list(d.items()))
if 'faXC' in d: del d['faXC']
d['ref'] = 6976
if 'html_url' in d: del d['html_url']
d[65.75] = 6977
d[b'ab'] = 6978
print(d.popitem() if d else None)
d[55] = 6979
d[2694] = 6980
d[21] = 6981
if 'tp4iZs0c' in d: del d['tp4iZs0c']
d['Xoglir_A'] = 6982
d[(-1, 37, 87)] = 6983
if 62 in d: del d[62]
d[(18446744073709551617, 36, 66)] = 6984
d.pop(True, None)
print(d.popitem() if d else None)
d.pop(-8, None)
d['w0jmrfjz'] = 6985
if 'kXxv' in d: del d['kXxv']
d['bdj'] = 6986
d['ab'] = 6987
d[(44, 19, 12)] = 6988
d |= {(94,): 6989, 94: 6990}
print(list(d.items()))
d['3tmtluv60m'] = 6991
print(d.popitem() if d else None)
d[82] = 6992
d.update([('port', 6993), ('ota', 6994), ('BceC1', 6995), ('n05X8iXc', 6996)])
d['3tmtluv60m'] = 6997
print(d.popitem() if d else None)
d['main'] = 6998
if 'ia2rpznyx' in d: del d['ia2rpznyx']
d['error'] = 6999
d['uvy9cwZjyaXj'] = 7000
if 48 in d: del d[48]
if '_tnik2gwp6' in d: del d['_tnik2gwp6']
if 'retries' in d: del d['retries']
d[((-932, 42), 'port')] = 7001
d[b'version'] = 7002
d[15] = 7003
print(list(d.items()))
if 1.0 in d: del d[1.0]
if 70 in d: del d[70]
if False in d: del d[False]
d[2.25] = 7004
d[-1073741824] = 7005
d[(94, -1, -1073741825)] = 7006
d.pop('48Zqx5X', None)
d['bau6sb'] = 7007
d[-18] = 7008
d = d.copy()
d[(59, 'v1.2.3')] = 7009
d[-16.0] = 7010
d[43] = 7011
if b'ab' in d: del d[b'ab']
d.update([(33, 7012), (('blob', 'main'), 7013), ('sha1', 7014), (33, 7015)])
print(list(d.items()))
d['ssid'] = 7016
d['x19ixmn6'] = 7017
d[-1073741824] = 7018
d[63] = 7019
d['peYZ5cBc796'] = 7020
d['_98e07k'] = 7021
print(list(d.items()))
d[-15] = 7022
if 49 in d: del d[49]
if 60.25 in d: del d[60.25]
d['sha1'] = 7023
d[78] = 7024
d['error'] = 7025
d.setdefault(('documentation_url', 'state'), 7026)
d[(-11,)] = 7027
d.setdefault((29, 'commit'), 7028)
d[49.75] = 7029
d['files'] = 7030
d.setdefault(53, 7031)
d[97] = 7032
print(list(d.items()))
d.clear()
if (77, 'zdxAhjYA') in d: del d[(77, 'zdxAhjYA')]
d.update([('04BiY_ogmBi', 7033), (66.75, 7034), (b'ab', 7035)])
print(list(d.items()))
d['ln6qbeaub'] = 7036
d[74] = 7037
d |= {b'version': 7038, ((48, 9), 'd23'): 7039, 37: 7040}
d.pop(0, None)
print(list(d.items()))
d[(53, 53, 2441)] = 7041
d[(2147483648, 'file')] = 7042
if ('mode', 'ok') in d: del d[('mode', 'ok')]
d['ab'] = 7043
d[14] = 7044
d.setdefault(-16.0, 7045)
d.setdefault(62, 7046)
d.setdefault('\xe9', 7047)
d[(4294967295, 'nlmu0t')] = 7048
d[69.0] = 7049
d['published_at'] = 7050
d.update({'created_at': 7051, 28: 7052, 65536: 7053, 'html_url': 7054, None: 7055, 'status': 7056})
d.setdefault((94, -1, -1073741825), 7057)
d[14] = 7058
d.update([((-902, -18, 76), 7059), (b'version', 7060), (38, 7061)])
d['main'] = 7062
d[26] = 7063
d[95] = 7064
if False in d: del d[False]
d[8.25] = 7065
if None in d: del d[None]
d['name'] = 7066
d['ab'] = 7067
print(list(d.items()))
print(list(d.items()))
d[60] = 7068
if -9.75 in d: del d[-9.75]
if 0 in d: del d[0]
d.pop(None, None)
if 0 in d: del d[0]
d[2147483648] = 7069
if 93 in d: del d[93]
d.update({1: 7070, 'hZXeplZ': 7071})
d.setdefault('label', 7072)
print(d.popitem() if d else None)
print(list(d.items()))
