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
print('# dict_iter_0')
d = {'Zr61l1ZgzC': 4518, 'xam': 4519, 'back\\slash': 4520, 'timeout': 4521, 'yakeru': 4522, 'draft': 4523, 'o8X': 4524, 'main': 4525, 'url': 4526, 'na\xefve': 4527, 'html_url': 4528, 'tojA': 4529, 'path': 4530, 'label': 4531}
_v = []
_a = ['CfqZ', 'assets']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_1')
d = dict(zip([16, 2584, 1612, 84, 84, -4, 73, 50, 56, 90, 4294967303, 1637, 70, 85], [4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_2')
d = dict(zip([(), -10, 'firmware'], [4546, 4547, 4548]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_3')
d = {'prerelease': 4549, 'tab\there': 4550, '4h8n4rnrAshf': 4551, 'mode': 4552, 'evX': 4553, 'x': 4554}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_4')
d = {-16: 4555, -18: 4556, -1: 4557, -274: 4558, 61: 4559, 1073741824: 4560, -2: 4561, 80: 4562, 29: 4563, 2: 4564}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_5')
d = {'url': 4565, 394: 4566, 'd4Z6X': 4567, 'truncated': 4568, 'v': 4569, 's27w_7XhlyB': 4570, 72.25: 4571, 'node_id': 4572, 'html_url': 4573, (50, 'vtXmo'): 4574, 49.25: 4575, (825,): 4576, ((2428, 71), 'y'): 4577, 'type': 4578}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_6')
d = dict(zip(['sha', '7', 'na\xefve', 'version', 'omi', 'y', '79grr8o', 'y', 'cY337Yf04a6', 'download_url'], [4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4588]))
_v = []
_a = ['status', 't3esudwz', 'say "hi"', 'dir', '0', 'prerelease', '6h', 'ssid', 'host']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_7')
d = {84: 4589, 464: 4590, 1344: 4591, 32: 4592, 61: 4593}
_v = []
_a = [50]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_8')
d = dict(zip([1073741824, (-1180591620717411303429,), 'mitaYiAa', -10, b'version', 'te4mirvAcnAy', 65536, 'lib', 1.0, 1073741823, 'sgdX', 92, 'gxqb1d'], [4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_9')
d = {'c': 4607, 'path': 4608, 'truncated': 4609, 'dir': 4610, 'C': 4611, 'n3u9ZBmndXol': 4612, 'ssid': 4613, '5Zvq_riw7': 4614, 'ota': 4615, 'tree': 4616, '5nzx': 4617, 'ssid': 4618, 'node_id': 4619}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_10')
d = {83: 4620, 40: 4621, -791: 4622, 10: 4623, 16: 4624, -12: 4625, 87: 4626, 41: 4627, 42: 4628, 35: 4629}
_v = []
_a = [-65536, 1682, 77, 3756, 97, 88, 77, -9, 87, -4, -281, 65536, 88, 48, -13, 1073741824, 85, 3]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_11')
d = dict(zip(['firmware', 1073741823, 1.0, 47, 'dir', 55, 'Bqd87iwzlle', 67, 2549, ()], [4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_12')
d = {'ok': 4640, 'q0x': 4641, 'na\xefve': 4642, 'xjjkg': 4643, 'b': 4644, 'd7i2B0Bska': 4645, 'caf\xe9': 4646, 'host': 4647, 'prerelease': 4648, 'retries': 4649, 'main.py': 4650}
_v = []
_a = ['sha1', 'p98zrn', 'prerelease', 'B6BXl0dlu5vv', 'x', 'VERSION', '4CCgbuwwq51', 'new\nline', 'a', 'e6Yvs5_aAkAy', 'type', 'files', '6v']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_13')
d = {47: 4651, -1: 4652, 68: 4653, 1701: 4654, 45: 4655, 48: 4656}
_v = []
_a = [92, 52, 48, 34, 84, 14, 36, -1073741824, -1073741824, 32, 2872, 46, 32, 66, 77, 84, 46, 97]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_14')
d = dict(zip(['nA_Cgqz5h', None, 24.5, 49.5, -5, 'ref', 'status', 'browser_download_url', 10, 'a', 71.5], [4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667]))
_v = []
_a = [2030, 0.0, 78]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_15')
d = {'Zao': 4668, 'rdzz7_q': 4669, 'rAje88oea': 4670, 'Adceifmhp': 4671, 'vko': 4672, 'html_url': 4673}
_v = []
_a = ['\xe9', 'ldmu']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_16')
d = {53: 4674, -15: 4675, 1839: 4676, 62: 4677, 17: 4678, 53: 4679, 45: 4680, 65536: 4681, 95: 4682, 59: 4683, 21: 4684}
_v = []
_a = [59, 65535, 3763]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_17')
d = {'vzb_CzY': 4685}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_18')
d = dict(zip(['\U0001f600', 'Zh19_Yu_'], [4686, 4687]))
_v = []
_a = ['retries', 'name', 'size', 'body', 'Zjumbned202t', 'version', 'documentation_url', 'draft', 'dx', 'iib2Bmoi', 'dXrbk0aY', 'a', 'd3f']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_19')
d = dict(zip([14, 4294967303, -10, 44], [4688, 4689, 4690, 4691]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_20')
d = {'body': 4692, 1.0: 4693, 4294967295: 4694, 'ab': 4695, 'password': 4696, ((-11, 11), 'johiwx2voi'): 4697, 29.0: 4698, 'b': 4699, 485: 4700, b'': 4701, 'documentation_url': 4702}
_v = []
_a = [1073741823, 'tag_name', 1.0, 'label', 48, 'llvz_7', 'Version', 'say "hi"', ((22, 28), 'qltBX6'), '', b'version']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_21')
d = {'9bc8miX6f': 4703, 'published_at': 4704, 'sha1': 4705, 'browser_download_url': 4706, 'trzA4k': 4707, 'browser_download_url': 4708, 'label': 4709}
_v = []
_a = ['truncated', 'b', 'qe6qpw33l', "it's", '', 'url', 'lq', '0AuBgmaCYY7', 'files', 'main.py', '22B4apfg67Bd', 'tree', 'state', 'fcYr3gq5jl', 'encoding', 'xv', 'blob', 'c', 'p4C', '']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_22')
d = {28: 4710, 227: 4711, 3: 4712, 1073741824: 4713, 75: 4714}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_23')
d = dict(zip([20, 'encoding', 0.75, 'b', 23, None], [4715, 4716, 4717, 4718, 4719, 4720]))
_v = []
_a = [63.5, 43]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_24')
d = {'059tktinggb': 4721, 'bsik': 4722, 'blob': 4723, 'path': 4724}
_v = []
_a = ['sha1', 'created_at', 'tab\there', 'or', 'files', '8xcn', 'content', 'encoding', 'name', 'h2Z1w', 'ssid', 'd_j5ncd6yb', 'download_url', 'assets', 'url', 'dir']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_25')
d = dict(zip([40, 10, 67, 5, 63], [4725, 4726, 4727, 4728, 4729]))
_v = []
_a = [-12, -6, 90, 0, 2, 75, 81, 0, 2, 10, -400, 190]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_26')
d = {(-8,): 4730, -1.5: 4731, 76: 4732, 'ref': 4733, 'sha': 4734}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_27')
d = {'1Zdp0zllCi': 4735, 'assets': 4736, 'plZ5X': 4737, 'ssid': 4738, 'v1kXhuYdCkA_': 4739, 'state': 4740}
_v = []
_a = ['state', 'hY8Ywwudu3Y', '\xe9', 'id', 'z5slk', 'ref', 'blob', 'm85', 'e209v9t', 'AqkYZrk', 'body', 'lib/ota.py', 'ota', 'wl0X0u', 'y']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_28')
d = dict(zip([-18, 29, 80, 72, 16, 78, 1073741824, 97, 569], [4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_29')
d = {21: 4750, 56: 4751, 'main.py': 4752, -9.25: 4753, 'YwY0AbXvf34': 4754, 'f3y37i7': 4755, 87: 4756}
_v = []
_a = ['created_at', 2510, 24, False, ('truncated', 'body'), 'new\nline', 'i', 'Zn']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
