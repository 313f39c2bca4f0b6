import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_iter_0')
d = {'7hmsyeZX': 4720, 'muaXs': 4721, 'latest': 4722, 'A_np_Bwg': 4723, 'ke4qY': 4724, 'zpmYq0e7': 4725, 'state': 4726, 'b348_gt9': 4727}
_v = []
_a = ['back\\slash', 'Bmi73Z', 'CqrYi41q', 'z9', 'tag_name', '63sd8k_odqk0', 'main', 'status', 'version', '1', 'blob', 'mode', 'kjcCdXdtv', 'z', '5kedl', 'krjCjq2h', '46l', 'type', 'Afxaya', 'Version']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_1')
d = {65: 4728, 60: 4729, 24: 4730, 36: 4731, 93: 4732, 10: 4733, 1409: 4734, -14: 4735, 30: 4736, 2486: 4737, 22: 4738, -3: 4739, -18: 4740, 46: 4741}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_2')
d = {'vwZ4AB80g': 4742, False: 4743, (): 4744, 1.0: 4745, 'a41oduu84': 4746, (65536,): 4747, 'c': 4748, -7: 4749, 'published_at': 4750, -16.0: 4751, ((96, -9), 'latest'): 4752, (): 4753, 'latest': 4754, b'ab': 4755}
_v = []
_a = [(29, 'files'), '8tc7a9fyul4', b'version', '738dAZnw', True, 21, ('v1.2.3', 'ssid'), 3]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_3')
d = {'main.py': 4756, 'path': 4757, 'Zcaf': 4758, 'jov39wj6': 4759, 'i1mw': 4760}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_4')
d = {2002: 4761}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_5')
d = dict(zip([-2, b'ab', (60,), 11.0, 'ok', 'ab', 57.0, 'Z6y', -5.75, 1099511627776, 85], [4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_6')
d = dict(zip(['download_url', 'wizppso3', 'lib', 'state', '8c_Cs', 'name', 'blob', 'Caq5B3qe'], [4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780]))
_v = []
_a = ['dir', 'pw1_', 'ahh6zCd4d7f1', 'ra87bCyz0jh', '0mkhxjoktw1', 'prerelease', 'size', 'type', 'status', 'timeout', 'uA4vvvm', 'B583dCZ3w9', 'html_url', 'firmware', 'draft', 'created_at', 'ota', 'body']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_7')
d = dict(zip([62, 1073741823, 7, 3251, 68, 72, -1073741824, 1873, -16, 85, 37], [4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4791]))
_v = []
_a = [22, 1, 2, 42, 41, 4294967303]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_8')
d = dict(zip([True, 81, 87, 95, 65, b'version', 'j', 'Bhey2ddnZC', 'fhe9ehkZohj', 1073741823, False, 71.0], [4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4803]))
_v = []
_a = [3433, -3, 1.0]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_9')
d = {'tree': 4804, 'type': 4805, '1gq93Bwr0_d': 4806, 'lib': 4807, 'chp8w3aid': 4808, 'hB': 4809, 'path': 4810, 'status': 4811, 'commit': 4812, 'r5bff': 4813, 'uawrosB': 4814}
_v = []
_a = ['say "hi"', 'password', 'latest', 'name', 'prerelease', 'timeout', 'published_at', 'latest', 'size', 'state', 'file', '7AnrszjAf', 'caf\xe9', 'poi', 'content', '78uspd1']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_10')
d = dict(zip([6, 5, 64, 1211, 51, -19, 441, 67, 26, -4, 33, 18446744073709551617], [4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 4826]))
_v = []
_a = [1686, 55, -1073741825, 66, 34, -1, 54, -674, 1099511627776, -15, 2147483648, 0, 83, 19, 87, 93, 3, -917]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_11')
d = {-9.0: 4827, 5: 4828, 'crxc6umrZ8': 4829, 'label': 4830}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_12')
d = dict(zip(['commit', 'id', 'Y'], [4831, 4832, 4833]))
_v = []
_a = ['timeout', 'gjkenZ518', 'html_url', 'ota', 'tree', 'lib', 'z51x', 'sha1', 'd24zmC00aB', 'tree']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_13')
d = {30: 4834, 83: 4835, 5: 4836, 44: 4837, 61: 4838, 6: 4839, 73: 4840, 656: 4841, 38: 4842, 351: 4843, 35: 4844}
_v = []
_a = [1, 2147483647, 59, 1810, 2578, 25, 2144, 36, 3820, -31, -19, 46, 89, 37, 31, 86]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_14')
d = dict(zip(['ref', 'jpe9yzB1C', True, 1073741823, 92, ((4, 12), 'lib')], [4845, 4846, 4847, 4848, 4849, 4850]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_15')
d = {'main': 4851, 'jc': 4852, 'x': 4853, 'vuxuBY': 4854, 'e': 4855, 'mode': 4856, 'Zq4jA': 4857, 'YqB5': 4858, 'x': 4859}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_16')
d = dict(zip([92, 10], [4860, 4861]))
_v = []
_a = [-16, -476, 4, 65535, -7, 76, 4294967303, 89, 4, 87, 43, 93, 19, 3782, 38, 86]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_17')
d = {((3, 1310), 'Zc2Z'): 4862, ('Xot7722rd', '\xdf'): 4863, 1: 4864, 57: 4865, False: 4866, 0: 4867, 'yk573rk6yfi': 4868, 37: 4869}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_18')
d = dict(zip(['urbrq_n4r6y', 'sha1', 'tyqmz6y5', '1AAeai9v756r', 'name', 'AocYy3Cby4', 'blob', 'content', 'b', 'puo7'], [4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_19')
d = dict(zip([67, 5, 99, 539, 23], [4880, 4881, 4882, 4883, 4884]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_20')
d = {(93,): 4885, (43, 'js'): 4886, 'k0c109': 4887, b'ab': 4888, 1: 4889, 66: 4890, 'burXbuzm': 4891, '20': 4892, 49.25: 4893, '7Z455sqhwp': 4894, ('b', 'password'): 4895}
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_21')
d = dict(zip(['version', '8zokkB2jpn3n', 'ssid', 'created_at', 'label'], [4896, 4897, 4898, 4899, 4900]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_22')
d = dict(zip([80], [4901]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_23')
d = dict(zip(['k2o5pzAC6_ql', 81, 51, -375, None, 7, 78], [4902, 4903, 4904, 4905, 4906, 4907, 4908]))
_v = []
_a = [3820, 99, (), 3, 'c', 'C78yY', 'uzcpCg6ZfhA', 'tab\there', -3000000000.0]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_24')
d = dict(zip(['mode', 'Cneplf3qrX', 'error', 'a', ' ', '4_naqa557la', 'state', 'hljZp_bAAqr1', 'type', 'qCZXa6s4h9', 'Y', '\xe9', 'dpCiyuod', 'prerelease'], [4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_25')
d = dict(zip([-17, 0, 80, -7, 82, 608, 65535], [4923, 4924, 4925, 4926, 4927, 4928, 4929]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_26')
d = {'body': 4930, (): 4931, 'timeout': 4932, 'mode': 4933, 1.0: 4934, 8.25: 4935}
_v = []
_a = ['nf2b6hmYq7', 'node_id', -578, 'oeyuvttBx8_g']
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_27')
d = dict(zip(['nqA4roB', '6jabucjvp', 'ref', 'assets', 'xvx', 'sha'], [4936, 4937, 4938, 4939, 4940, 4941]))
_v = []
for _i, _k in enumerate(d):
    _v.append(_k)
    if _i % 2 == 0:
        del d[_k]
print(_v)
print(list(d.items()))
print('# dict_iter_28')
d = {13: 4942, -151: 4943, 71: 4944, 6: 4945, -4: 4946, 4294967303: 4947, 1073741824: 4948}
_v = []
_a = [31, 91, -11, -13, 1505, -10]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
print('# dict_iter_29')
d = {'\u20acuro': 4949, 'jqvfuyjxC7yb': 4950, (): 4951, 68: 4952, 'mode': 4953, 95: 4954}
_v = []
_a = [40, 56, 3.75, 'content', 'diXr_Cb05n57', 'tree', 'host', 47, 16.25, 'download_url', 'status', 2147483648]
for _k in d:
    _v.append(_k)
    if _a:
        d[_a.pop(0)] = 0
    if len(_v) > 40:
        break
print(_v)
print(list(d.items()))
